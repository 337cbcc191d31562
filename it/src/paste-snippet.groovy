// A pre-build hook (its path is resolved from the cloned project; projectDirectory is that project).
// Pastes the POM of docs/getting-started.md (the ```xml block after the marker comment) into this project, as is.
def marker = '<!-- the POM below is tested as is by it/src/consumer -->'
def doc = new File(rootDirectory, 'docs/getting-started.md').text
int at = doc.indexOf(marker)
assert at >= 0 : "docs/getting-started.md lacks the marker ${marker}"
int start = doc.indexOf('```xml\n', at)
int end = doc.indexOf('\n```', start + 7)
assert start > at && end > start : 'no ```xml block after the marker in docs/getting-started.md'
def pom = doc.substring(start + 7, end + 1)
assert pom.trim().startsWith('<?xml') && pom.trim().endsWith('</project>') : 'the snippet is not a whole POM'
new File(projectDirectory, 'pom.xml').text = pom
println "[paste-snippet] pom.xml <- docs/getting-started.md (${pom.readLines().size()} lines)"
return true

def marker = 'it-key-never-in-target-5c1e9a'
def log = new File(basedir, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

// the key really was used: the emulator accepted it, await-jobs and the Failsafe test authenticated with it
has('The emulator accepts the API key from the environment variable IONQ_API_KEY')
has('Using the IonQ API key from the environment variable IONQ_API_KEY')
has('1 job: 1 completed')
has('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
has('BUILD SUCCESS')
// not in the debug output (-X) of the plugin, the extension or Failsafe. The only lines holding it are Maven's
// own dump of every environment variable ("properties used:", printed by maven-resources-plugin under -X),
// which no plugin can hide: a build log under -X is not to be shared when the key is in the environment.
def leaking = log.readLines().findAll { it.contains(marker) && it != "[DEBUG] env.IONQ_API_KEY: ${marker}" }
assert leaking.isEmpty() : "build.log (mvn -X) holds the API key outside Maven's environment dump: ${leaking}"
// ... nor in any file the build wrote: TEST-*.xml, failsafe-summary.xml, surefire temp files, jobs.json, reports
def target = new File(basedir, 'target')
def files = []
target.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.any { it.name.startsWith('TEST-') && it.name.endsWith('.xml') } : "no Failsafe report under ${target}"
def holding = files.findAll { f -> f.length() < 50_000_000 && new String(f.bytes, 'ISO-8859-1').contains(marker) }
assert holding.isEmpty() : "files under target/ hold the API key: ${holding}"
println "checked ${files.size()} files under target/: none holds the key"
return true

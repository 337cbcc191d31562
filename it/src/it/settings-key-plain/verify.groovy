import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// the emulator accepts exactly the key from settings.xml, and await-jobs authenticates with it
has("The emulator accepts the API key from settings.xml server 'ionq'")
has("Using the IonQ API key from settings.xml server 'ionq'")
has('1 job: 1 completed')
has('BUILD SUCCESS')
// not even Maven's debug output (-X) shows the key
lacks('it-settings-key-plain')
// nor does any file the build wrote under target/
def files = []
new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { files << it }
def holding = files.findAll { f -> new String(f.bytes, 'ISO-8859-1').contains('it-settings-key-plain') }
assert holding.isEmpty() : "files under target/ hold the API key: ${holding}"
return true

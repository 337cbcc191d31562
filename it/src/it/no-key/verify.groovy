import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('No IonQ API key is configured. Set the environment variable IONQ_API_KEY, or a <server> with <id>ionq</id>')
matches(/Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/)
has('Stopping the IonQ emulator of no-key (its build failed; ionq:emulator-stop did not run)')
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains('No IonQ API key is configured. Set -Dionq.api-key=…, the environment variable IONQ_API_KEY, or a <server> with <id>ionq</id>')
assert log =~ /Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/
assert log.contains('Stopping the IonQ emulator of no-key (its build failed; ionq:emulator-stop did not run)')
return true

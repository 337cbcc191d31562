import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('BUILD FAILURE')
matches(/too-wide\s+[0-9a-f-]{36}\s+failed\s+qpu\.aria-1\s+\S+\s+0\.00 usd\s+NotEnoughQubits: The job needs 40 qubits; qpu\.aria-1 has 25\./)
has('1 of 2 IonQ jobs did not complete:')
matches(/- too-wide \([0-9a-f-]{36}\): FAILED NotEnoughQubits: The job needs 40 qubits; qpu\.aria-1 has 25\./)
has('::error title=IonQ job too-wide failed::')
lacks('::error title=IonQ job bell')

def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.passed == false
assert report.counts.completed == 1 && report.counts.failed == 1
def wide = report.jobs.find { it.name == 'too-wide' }
assert wide.failure.code == 'NotEnoughQubits' && wide.failure.message == 'The job needs 40 qubits; qpu.aria-1 has 25.'
assert wide.fails_build == true

def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('tests="2" failures="1"')
assert xml.contains('<failure type="NotEnoughQubits" message="failed: NotEnoughQubits: The job needs 40 qubits; qpu.aria-1 has 25."')

// emulator-stop never ran (the build failed before post-integration-test): the emulator was stopped anyway
has('Stopping the IonQ emulator of await-failed (its build failed; ionq:emulator-stop did not run)')
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('IonQ emulator listening at http://127.0.0.1:')
has('Seeded 3 jobs into the emulator (bell, ghz3, flip)')
has('Awaiting 3 IonQ jobs')

// progress lines while waiting: counts by status and elapsed time, a few of them, not one per poll per job
def progress = log.readLines().findAll { it =~ /\d+\/3 done/ }
assert progress.size() >= 1 : 'no progress line'
assert progress.size() <= 12 : "too many progress lines: ${progress.size()}"
assert progress.any { it.contains('pending:') && it.contains('slowest:') } : "no progress line with pending jobs: ${progress}"

// the final table
matches(/NAME\s+ID\s+STATUS\s+BACKEND\s+DURATION\s+COST\s+FAILURE/)
matches(/bell\s+[0-9a-f-]{36}\s+completed\s+simulator\s+\S+/)
matches(/ghz3\s+[0-9a-f-]{36}\s+completed\s+qpu\.aria-1/)
has('3 jobs: 3 completed')
has('BUILD SUCCESS')

// reports
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.passed == true
assert report.counts.total == 3 && report.counts.completed == 3 && report.counts.failed == 0
assert report.jobs*.name == ['bell', 'ghz3', 'flip']
assert report.jobs.every { it.outcome == 'COMPLETED' && it.status == 'completed' && it.failure == null }
assert report.base_url.startsWith('http://127.0.0.1:')

def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('<testsuite name="ionq-await-jobs" tests="3" failures="0" errors="0" skipped="0"')
assert (xml =~ /<testcase /).count == 3
assert !xml.contains('<failure')

// downloaded results, IonQ's form: decimal basis states
def bell = new JsonSlurper().parse(new File(basedir, 'target/ionq/results/bell.json'))
assert bell == ['0': 0.5, '3': 0.5]
assert new JsonSlurper().parse(new File(basedir, 'target/ionq/results/flip.json')) == ['1': 1.0]

// stopped by emulator-stop, and the key never printed
matches(/IonQ emulator at http:\/\/127\.0\.0\.1:\d+\/v0\.4 stopped/)
lacks('it-secret-key-7f3a')
assert !new File(basedir, 'target/ionq/await-report.json').text.contains('it-secret-key-7f3a')
return true

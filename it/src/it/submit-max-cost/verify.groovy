import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// run 1: refused before anything was submitted, showing the estimate (1000 × (0.0001 + 0.0003 + 0.0012) = 1.60)
has('The 1 circuit is estimated to cost 1.60 USD, above ionq.max-cost = 0.01 USD; nothing was submitted:')
matches(/CIRCUIT\s+BACKEND\s+SHOTS\s+1Q GATES\s+2Q GATES\s+ESTIMATE/)
matches(/bell\s+qpu\.forte-1\s+1000\s+1\s+1\s+1\.60 usd/)
has('raise -Dionq.max-cost')
def emulatorLines = (log =~ /IonQ emulator requests: (.*)/).collect { it[1] }
assert emulatorLines.size() == 2 : emulatorLines
assert emulatorLines[0].contains('GET /v0.4/jobs/estimate 1') && !emulatorLines[0].contains('POST /v0.4/jobs ')
// run 2: one CI warning, with the estimate; submitted; the await reports the cost
assert count(/\[WARNING\] Submitting to a QPU backend in CI with no cost cap: these jobs are estimated to cost 1\.60 USD/) == 1
assert emulatorLines[1].contains('POST /v0.4/jobs 1')
matches(/NAME\s+ID\s+STATUS\s+BACKEND\s+DURATION\s+COST\s+FAILURE/)
matches(/bell\s+[0-9a-f-]{36}\s+completed\s+qpu\.forte-1\s+\S+\s+1\.60 usd/)
has('1 job: 1 completed in ')
has('; total cost 1.60 usd')
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.total_cost.usd == 1.60
assert report.jobs[0].cost.value == 1.60 && report.jobs[0].cost.unit == 'usd'
def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('<property name="total_cost" value="1.60 usd"')
assert xml.contains('<property name="cost" value="1.60 usd"')
return true

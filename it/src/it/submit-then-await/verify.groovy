import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

def jobs = new JsonSlurper().parse(new File(basedir, 'target/ionq/jobs.json'))
assert jobs.keySet() == ['bell', 'ghz3'] as Set
// ionq:submit records each job's circuit file beside its id (for matchesSimulation())
assert jobs.bell.circuit == 'src/test/resources/ionq/circuits/bell.json' : jobs
assert jobs.ghz3.id ==~ /[0-9a-f-]{36}/ : jobs
// run 1: submitted once each, then skipped by the second execution
matches(/bell: submitted as [0-9a-f-]{36}/)
matches(/bell: already submitted as [0-9a-f-]{36} \(in \S+jobs\.json\); not submitted again/)
has('Submitted 2 of 2 circuits')
has('Submitted 0 of 2 circuits')
// run 2 (forced): both executions submit
assert count(/ghz3: submitted as/) == 5 : 'count of ' + /ghz3: submitted as/
assert count(/2 jobs: 2 completed/) == 4 : 'count of ' + /2 jobs: 2 completed/
// runs 1-3 against the default (artifact) form, run 4 against the seed's URL form; bell.json below is run 4's
assert count(/results form: artifact;/) == 3 : 'count of ' + /results form: artifact;/
assert count(/results form: url;/) == 1 : 'count of ' + /results form: url;/
// run 3 (no clean, a new emulator): the recorded ids are unknown there, so they are submitted again
matches(/ghz3: [0-9a-f-]{36} \(in \S+jobs\.json\) is unknown to http:\/\/127\.0\.0\.1:\d+\/v0\.4 \(a previous emulator's job, or another project's\); submitting it again\./)
// the emulator kept each submitted job queued 200 ms and running at least 300 ms
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.jobs.every { it.duration_ms >= 500 } : report.jobs*.duration_ms
// the ideal simulator's results, downloaded
def bell = new JsonSlurper().parse(new File(basedir, 'target/ionq/results/bell.json'))
assert bell.keySet() == ['0', '3'] as Set
assert Math.abs(bell['0'] - 0.5) < 1e-9 && Math.abs(bell['3'] - 0.5) < 1e-9
def ghz = new JsonSlurper().parse(new File(basedir, 'target/ionq/results/ghz3.json'))
assert ghz.keySet() == ['0', '7'] as Set
lacks('BUILD FAILURE')
return true

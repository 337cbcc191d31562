import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def jobs = new JsonSlurper().parse(new File(basedir, 'target/ionq/jobs.json'))
assert jobs.keySet() == ['bell', 'ghz3'] as Set
// run 1: submitted once each, then skipped by the second execution
assert log =~ /bell: submitted as [0-9a-f-]{36}/
assert log =~ /bell: already submitted as [0-9a-f-]{36} \(in \S+jobs\.json\); not submitted again/
assert log.contains('Submitted 2 of 2 circuits')
assert log.contains('Submitted 0 of 2 circuits')
// run 2 (forced): both executions submit
assert (log =~ /ghz3: submitted as/).count == 3
assert (log =~ /2 jobs: 2 completed/).count == 2
// the ideal simulator's results, downloaded
def bell = new JsonSlurper().parse(new File(basedir, 'target/ionq/results/bell.json'))
assert bell.keySet() == ['0', '3'] as Set
assert Math.abs(bell['0'] - 0.5) < 1e-9 && Math.abs(bell['3'] - 0.5) < 1e-9
def ghz = new JsonSlurper().parse(new File(basedir, 'target/ionq/results/ghz3.json'))
assert ghz.keySet() == ['0', '7'] as Set
assert !log.contains('BUILD FAILURE')
return true

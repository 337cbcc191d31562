import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

// ionq:submit wrote the jobs file, ionq:await-jobs read it (JSON form, by name)
def jobs = new JsonSlurper().parse(new File(basedir, 'target/ionq/jobs.json'))
assert jobs.keySet() == ['bell', 'ghz3'] as Set
has('Submitted 2 of 2 circuits')
has('2 jobs: 2 completed')
// the forked test JVM used the same emulator (argLine) and found equal jobs both ways
def report = new File(basedir, 'target/surefire-reports/TEST-it.SameJobsTest.xml').text
assert report.contains('tests="2"') && report.contains('failures="0"') && report.contains('errors="0"') : report
has('BUILD SUCCESS')
return true

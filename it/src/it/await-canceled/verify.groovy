import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// first run: failure naming the canceled job and how to allow it
matches(/- dropped \([0-9a-f-]{36}\): CANCELED by a user or by the system/)
has('To let the build pass anyway: -Dionq.await.fail-on-canceled=false')
has('BUILD FAILURE')
// second run: passes, the canceled job shows as skipped in the JUnit XML
has('BUILD SUCCESS')
matches(/dropped\s+[0-9a-f-]{36}\s+canceled/)
def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('tests="2" failures="0" errors="0" skipped="1"')
assert xml.contains('<skipped message="canceled (allowed by configuration)')
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.passed == true && report.counts.canceled == 1
return true

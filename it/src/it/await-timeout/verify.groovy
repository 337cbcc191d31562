import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('Awaiting 2 IonQ jobs (timeout 2s')
matches(/predicted wait up to 45m/)
matches(/- forever \([0-9a-f-]{36}\): TIMED OUT still (submitted|ready) when the wait timed out/)
has('-Dionq.await.fail-on-timeout=false (or a longer -Dionq.await.timeout)')
matches(/quick\s+[0-9a-f-]{36}\s+completed/)
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.counts.timed_out == 1 && report.counts.completed == 1
assert report.elapsed_ms >= 2000 && report.elapsed_ms < 10000
def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('<failure type="TIMED_OUT"')
return true

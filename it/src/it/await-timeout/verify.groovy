import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains('Awaiting 2 IonQ jobs (timeout 2s')
assert log =~ /predicted wait up to 45m/
assert log =~ /- forever \([0-9a-f-]{36}\): TIMED OUT still (submitted|ready) when the wait timed out/
assert log.contains('-Dionq.await.fail-on-timeout=false (or a longer -Dionq.await.timeout)')
assert log =~ /quick\s+[0-9a-f-]{36}\s+completed/
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.counts.timed_out == 1 && report.counts.completed == 1
assert report.elapsed_ms >= 2000 && report.elapsed_ms < 10000
def xml = new File(basedir, 'target/ionq/TEST-ionq-await-jobs.xml').text
assert xml.contains('<failure type="TIMED_OUT"')
return true

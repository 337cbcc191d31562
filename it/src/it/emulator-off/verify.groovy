import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('Not starting the IonQ emulator because ionq.emulator = false')
matches(/- e1a09d90-b2ba-4ea5-9fd7-4bfc14eac524: TIMED OUT not fetched before the timeout: .+/)
has('-Dionq.await.fail-on-timeout=false')
lacks('it-key-emulator-off')
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.base_url == 'http://127.0.0.1:9/v0.4' : report.base_url
assert report.counts.timed_out == 1 : report.counts
return true

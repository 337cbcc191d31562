import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// emulator-start -> Failsafe -> emulator-stop, in that order
int started = log.indexOf('IonQ emulator listening at')
int tests = log.indexOf('Running it.BellIT')
int stopped = log.indexOf('stopped', log.indexOf('IonQ emulator at'))
assert started >= 0 && tests > started && stopped > tests : "order: started ${started}, tests ${tests}, stopped ${stopped}"

def report = new File(basedir, 'target/failsafe-reports/TEST-it.BellIT.xml').text
def suite = report.find(/<testsuite [^>]*>/)
assert suite =~ /tests="5"/ && suite =~ /failures="0"/ && suite =~ /errors="0"/ && suite =~ /skipped="0"/ : suite
matches(/Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/)
// the JUnit 6.x jars were the ones on the test class path
assert report.contains('junit-jupiter-api-6.0.3.jar') : 'junit-jupiter-api-6.0.3.jar not on the test class path'
has('BUILD SUCCESS')
return true

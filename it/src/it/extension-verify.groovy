// The checks extension-junit5 and extension-junit6 share; each project's verify.groovy sets
// junitVersion (the junit-bom version its pom pins) and evaluates this file.
def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }

// emulator-start -> Failsafe -> emulator-stop, in that order
int started = log.indexOf('IonQ emulator listening at')
int tests = log.indexOf('Running it.BellIT')
int stopped = log.indexOf('stopped', log.indexOf('IonQ emulator at'))
assert started >= 0 && tests > started && stopped > tests : "order: started ${started}, tests ${tests}, stopped ${stopped}"

def report = new File(basedir, 'target/failsafe-reports/TEST-it.BellIT.xml').text
def suite = report.find(/<testsuite [^>]*>/)
assert suite =~ /tests="5"/ && suite =~ /failures="0"/ && suite =~ /errors="0"/ && suite =~ /skipped="0"/ : suite
matches(/Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/)
// the pinned JUnit jars were the ones on the test class path
def jupiterApi = "junit-jupiter-api-${junitVersion}.jar"
assert report.contains(jupiterApi) : "${jupiterApi} not on the test class path"
has('BUILD SUCCESS')
return true

// The quickstart as the README runs it: every job awaited, every test passed, the report written and named.
def log = new File(projectDirectory, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
has('Submitted 4 of 4 circuits')
has('4 jobs: 4 completed')
has('Tests run: 8, Failures: 0, Errors: 0, Skipped: 0')
assert (log =~ /\[ionq\] \d+ distribution checks, 0 failed\. Report: file:\S+\/target\/ionq-reports\/index\.html/).find()
def report = new File(projectDirectory, 'target/ionq-reports/index.html')
assert report.isFile() && report.text.contains('IonQ distribution checks')
// the committed baselines were compared, not recorded again
assert !log.contains('No baseline for')
assert report.text.contains('Baseline comparison')
return true

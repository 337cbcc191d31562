// A build with Surefire tests and Failsafe ITs: both phases' checks are in target/ionq-reports, the
// recorded baseline is named on the console with "commit it", and the misspelled setting warned.
def log = new File(basedir, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

has('BUILD SUCCESS')
def suite = { String file ->
    def xml = new File(basedir, file).text
    def head = xml.find(/<testsuite [^>]*>/)
    assert head =~ /tests="1"/ && head =~ /failures="0"/ && head =~ /errors="0"/ : "${file}: ${head}"
}
suite('target/surefire-reports/TEST-it.GhzTest.xml')
suite('target/failsafe-reports/TEST-it.GhzIT.xml')

// the baseline was recorded, and the console said where and to commit it (at once, and at the end)
def baseline = 'src/test/resources/ionq/baselines/it.GhzTest/ghzHasNotRegressed.json'
assert new File(basedir, baseline).isFile()
has("[ionq] Baseline recorded: ${baseline} (commit it; later runs are compared with it)")
has('[ionq] 1 baseline was written in this run; commit it:')

// the misspelled -Dionq.await.timout named the real setting
has('[ionq] WARNING: The system property ionq.await.timout is not an ionq-ci setting, so nothing reads it: did you mean ionq.await.timeout?')

// one page per phase, and an index that shows both phases' checks
def reports = new File(basedir, 'target/ionq-reports')
def pages = new File(reports, 'runs').listFiles().findAll { it.name.endsWith('.html') }
assert pages.size() == 2 : "run pages: ${pages*.name}"
def index = new File(reports, 'index.html').text
assert index.contains('GhzTest.ghzHasNotRegressed') : 'the Surefire checks are missing from index.html'
assert index.contains('GhzIT.ghzIsExactOnTheIdealSimulator') : 'the Failsafe checks are missing from index.html'
assert index.contains('Baseline recorded') && index.contains('Outcomes present')
// the second phase's console line says where, and that the index keeps the first phase too
assert (log =~ /\[ionq\] 3 distribution checks, 0 failed\. Report: file:\S+\/target\/ionq-reports\/index\.html \(with the 1 earlier run it keeps: 6 checks, 0 failed; this run alone: file:\S+\/target\/ionq-reports\/runs\/\S+\.html\)/).find()
return true

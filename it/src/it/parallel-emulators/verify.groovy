def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def count = { String regex -> (log =~ regex).count }

has('BUILD SUCCESS')
// four emulators, one per module, each on its own port
def started = (log =~ /IonQ emulator listening at (http:\/\/127\.0\.0\.1:\d+\/v0\.4)/).collect { it[1] }
assert started.size() == 4 && started.toSet().size() == 4 : started
// each module's await-jobs found its own seeded job (another module's emulator does not have it)
assert count(/1 job: 1 completed/) == 4 : 'count of ' + /1 job: 1 completed/
// each module's forked test JVM fetched its own job, and saw an emulator URL of its own
def seen = (1..4).collect { new File(basedir, "m${it}/target/seen-base-url.txt").text.trim() }
assert seen.toSet().size() == 4 : seen
assert started.toSet() == seen.toSet() : "started ${started}, seen by tests ${seen}"
(1..4).each { i ->
    def report = new File(basedir, "m${i}/target/surefire-reports/TEST-it.OwnEmulatorTest.xml").text
    assert report.contains('tests="1"') && report.contains('failures="0"') && report.contains('errors="0"') : "m${i}"
}
return true

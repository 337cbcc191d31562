def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def count = { String regex -> (log =~ regex).count }

['skipTests', 'skipITs', 'maven.test.skip'].each { flag ->
    ['emulator-start', 'submit', 'await-jobs'].each { goal ->
        has("Skipping ionq:${goal} because ${flag} is set")
    }
}
// only run 4 (no flag) starts an emulator, and only it sends POST /jobs
assert count(/IonQ emulator listening at/) == 1
assert count(/bell: submitted as [0-9a-f-]{36}/) == 1
assert count(/IonQ emulator requests: .*POST \/v0\.4\/jobs 1/) == 1
assert count(/IonQ emulator requests:/) == 1 : 'an emulator ran in a build that skipped the tests'
assert count(/BUILD SUCCESS/) == 4
return true

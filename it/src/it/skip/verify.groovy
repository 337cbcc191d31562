import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

['emulator-start', 'submit', 'await-jobs', 'emulator-stop'].each {
    assert log.contains("Skipping ionq:${it} because ionq.skip = true") : it
}
assert !new File(basedir, 'target/ionq').exists()
has('BUILD SUCCESS')
return true

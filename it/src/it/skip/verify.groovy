import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

['emulator-start', 'submit', 'await-jobs', 'emulator-stop'].each {
    assert log.contains("Skipping ionq:${it} because ionq.skip = true") : it
}
assert !new File(basedir, 'target/ionq').exists()
assert log.contains('BUILD SUCCESS')
return true

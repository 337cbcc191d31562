import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// right master password: decrypted, used, never shown
assert log.contains('1 job: 1 completed')
assert log.contains('BUILD SUCCESS')
// wrong master password: a loud error saying what to check
assert log.contains("Cannot decrypt the API key of the settings.xml server 'ionq'")
assert log.contains('settings-security.xml')
assert log.contains('BUILD FAILURE')
assert !log.contains('it-settings-key-encrypted')
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// right master password: decrypted, used, never shown
has('1 job: 1 completed')
has('BUILD SUCCESS')
// wrong master password: a loud error saying what to check
has("Cannot decrypt the API key of the settings.xml server 'ionq'")
has('settings-security.xml')
has('BUILD FAILURE')
lacks('it-settings-key-encrypted')
return true

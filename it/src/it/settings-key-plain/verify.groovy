import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// the emulator accepts exactly the key from settings.xml, and await-jobs authenticates with it
assert log.contains("The emulator accepts the API key from settings.xml server 'ionq'")
assert log.contains("Using the IonQ API key from settings.xml server 'ionq'")
assert log.contains('1 job: 1 completed')
assert log.contains('BUILD SUCCESS')
// not even Maven's debug output (-X) shows the key
assert !log.contains('it-settings-key-plain')
return true

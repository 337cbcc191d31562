import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

def first = (log =~ /bell: submitted as ([0-9a-f-]{36})/)
assert first.find() : 'bell was not submitted'
def firstId = first.group(1)
def seeded = (log =~ /Seeded 1 job into the emulator \(given\)/)
assert seeded.find()
// the first await times out (not failing the build) and cancels bell, not the job given by id
has('Canceling 1 IonQ job this build submitted because their await timed out')
has("  - bell (${firstId}): canceled")
has('Not canceling 1 timed-out job given by id')
// the next submit resubmits the canceled job
has("bell: ${firstId} (in ")
has(') was canceled; submitting it again.')
assert count(/bell: submitted as [0-9a-f-]{36}/) == 2
def secondId = (log =~ /bell: submitted as ([0-9a-f-]{36})/).with { it.find(); it.find(); it.group(1) }
// the second await fails the build; its cancel goes through the same path
has("  - bell (${secondId}): canceled")
has('BUILD FAILURE')
// the emulator itself shows the canceled jobs, and the given job untouched
has("IonQ emulator job ${firstId}: canceled")
has("IonQ emulator job ${secondId}: canceled")
def ids = new JsonSlurper().parse(new File(basedir, 'target/ionq/jobs.json'))
matches(/IonQ emulator job ${ids.given}: (submitted|ready)/)
matches(/IonQ emulator requests: .*PUT \/v0\.4\/jobs\/\{id\}\/status\/cancel 2/)
return true

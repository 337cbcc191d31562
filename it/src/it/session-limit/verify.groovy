def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

def opened = (log =~ /Opened IonQ session ([0-9a-f-]{36}) on qpu\.forte-1 \(job_count_limit 2, cost_limit none, duration_limit_min none\)/)
assert opened.find() : 'no session was opened'
def sid = opened.group(1)
assert count(/c[12]: submitted as [0-9a-f-]{36}/) == 2
// the third is refused with IonQ's error, and the build says so
matches(/IonQ did not accept the circuit 'c3': .*HTTP 400.*Session ${sid} has reached its job_count_limit of 2/)
has('(the 2 jobs submitted before it are in ')
has("Ended IonQ session ${sid} because a submission failed (status ended)")
has('Canceling 2 IonQ jobs this build submitted because the build of session-limit failed')
has('BUILD FAILURE')
matches(/IonQ emulator requests: .*POST \/v0\.4\/sessions 1.*POST \/v0\.4\/sessions\/\{id\}\/end 1/)
return true

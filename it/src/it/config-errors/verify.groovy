import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has("'not-a-job-id' in ionq.jobs is not an IonQ job id: expected a UUID")
has("ionq.await.timeout = 'soon' is not a duration")
has('Use a value such as 30s, 10m, 1h30m, 500ms or PT10M.')
matches(/"ghz" maps to number instead of a job id string/)
has('No IonQ jobs to await: set -Dionq.jobs=id1,id2, a <jobs> list, or -Dionq.jobs.file=')
// configuration errors are BUILD ERRORs (MojoExecutionException), with no report written
assert count(/\[ERROR\] Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/) == 4 : 'count of ' + /Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/
assert !new File(basedir, 'target/ionq/await-report.json').exists()
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('The job id "not_a_job_id" is not valid: an IonQ id has only letters, digits and \'-\'')
has('Fix the value in ionq.jobs.')
has('ionq.await.timeout: "soon" is not a duration: write a number and a unit')
matches(/"ghz" maps to number instead of a job id string/)
has('No IonQ jobs to await: set -Dionq.jobs=id1,id2, a <jobs> list, or -Dionq.jobs.file=')
matches(/The jobs file \S*empty\.json lists no jobs, so there is nothing to await: .* To let an empty jobs file pass, set ionq\.await\.allow-empty=true\./)
has('No IonQ jobs to await, and ionq.await.allow-empty = true: nothing to do.')
// the misspelling is warned about once in its build, although three goals ran
assert count(/\[WARNING\] The Maven user property \(-D\) ionq\.await\.timout is not an ionq-ci setting, so nothing reads it: did you mean ionq\.await\.timeout\?/) == 1
matches(/\[ERROR\] Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:emulator-start .*ionq\.emulator = "yes" is neither true nor false: set ionq\.emulator=true or ionq\.emulator=false/)
// configuration errors are BUILD ERRORs (MojoExecutionException), with no report written; a bad -D value
// stops the first goal (emulator-start), a bad id or jobs file stops await-jobs
matches(/\[ERROR\] Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:emulator-start .*ionq\.await\.timeout: "soon" is not a duration/)
assert count(/\[ERROR\] Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/) == 4 : 'count of ' + /Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/
assert !new File(basedir, 'target/ionq/await-report.json').exists()
return true

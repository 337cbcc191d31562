import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains("'not-a-job-id' in ionq.jobs is not an IonQ job id: expected a UUID")
assert log.contains("ionq.await.timeout = 'soon' is not a duration")
assert log.contains('Use a value such as 30s, 10m, 1h30m, 500ms or PT10M.')
assert log =~ /"ghz" maps to number instead of a job id string/
assert log.contains('No IonQ jobs to await: set -Dionq.jobs=id1,id2, a <jobs> list, or -Dionq.jobs.file=')
// configuration errors are BUILD ERRORs (MojoExecutionException), with no report written
assert (log =~ /Failed to execute goal io\.github\.ionqci:ionq-maven-plugin:[^:]+:await-jobs/).count == 4
assert !new File(basedir, 'target/ionq/await-report.json').exists()
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains('- 0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b: NOT FOUND no such job (a wrong id, or a job of another project?)')
assert log.contains('-Dionq.await.fail-on-not-found=false')
assert log.contains('BUILD FAILURE')
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.counts.not_found == 1 && report.passed == true
assert report.jobs[0].status == null
return true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

has('- 0b6a4e1e-6a4f-4f0e-9a8e-8f8f7f6c1d2b: NOT FOUND no such job (a wrong id, or a job of another project?)')
has('-Dionq.await.fail-on-not-found=false')
has('BUILD FAILURE')
has('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/ionq/await-report.json'))
assert report.counts.not_found == 1 && report.passed == true
assert report.jobs[0].status == null
return true

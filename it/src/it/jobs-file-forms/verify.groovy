import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// checks that name what is missing without dumping the whole log
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def lacks = { String text -> assert !log.contains(text) : "build.log must not contain: ${text}" }
def matches = { String regex -> assert (log =~ regex).find() : "build.log has no match for: ${regex}" }
def count = { String regex -> (log =~ regex).count }

// the seeded ids went to the configured jobs file
def seeded = new JsonSlurper().parse(new File(basedir, 'target/ionq/seeded.json'))
assert seeded == [alpha: '8e3f1a52-0d7b-4c41-9f3e-5b2a6c9d0e11', beta: '2c9d7e55-41f0-4a8b-b6c3-7d1e0f2a3b44', gamma: 'f4a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b']

// plain text: two ids (plus the two from -Dionq.jobs, one of them a duplicate): 3 jobs, named by id
matches(/Read 2 jobs from \S*src.ionq.jobs\.txt/)
// JSON: jobs named by their keys (gamma keeps its name although -Dionq.jobs listed it first)
matches(/Read 2 jobs from \S*src.ionq.jobs\.json/)
matches(/beta\s+2c9d7e55-41f0-4a8b-b6c3-7d1e0f2a3b44\s+completed/)
matches(/gamma\s+f4a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b\s+completed/)
// every execution awaited 3 distinct jobs: duplicates merged
assert count(/Awaiting 3 IonQ jobs/) == 3 : 'count of ' + /Awaiting 3 IonQ jobs/
assert count(/3 jobs: 3 completed/) == 3 : 'count of ' + /3 jobs: 3 completed/
has('BUILD SUCCESS')
return true

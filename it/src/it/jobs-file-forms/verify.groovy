import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// the seeded ids went to the configured jobs file
def seeded = new JsonSlurper().parse(new File(basedir, 'target/ionq/seeded.json'))
assert seeded == [alpha: '8e3f1a52-0d7b-4c41-9f3e-5b2a6c9d0e11', beta: '2c9d7e55-41f0-4a8b-b6c3-7d1e0f2a3b44', gamma: 'f4a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b']

// plain text: two ids (plus the two from -Dionq.jobs, one of them a duplicate): 3 jobs, named by id
assert log =~ /Read 2 jobs from \S*src.ionq.jobs\.txt/
// JSON: jobs named by their keys (gamma keeps its name although -Dionq.jobs listed it first)
assert log =~ /Read 2 jobs from \S*src.ionq.jobs\.json/
assert log =~ /beta\s+2c9d7e55-41f0-4a8b-b6c3-7d1e0f2a3b44\s+completed/
assert log =~ /gamma\s+f4a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b\s+completed/
// every execution awaited 3 distinct jobs: duplicates merged
assert (log =~ /Awaiting 3 IonQ jobs/).count == 3
assert (log =~ /3 jobs: 3 completed/).count == 3
assert log.contains('BUILD SUCCESS')
return true

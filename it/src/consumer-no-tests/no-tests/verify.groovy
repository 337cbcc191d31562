// The pasted POM in a project with no test: the build fails, saying why.
def log = new File(basedir, 'build.log').text
assert log.contains('No tests to run') || log.contains('No tests were executed') : 'the build did not fail for lack of tests'
assert log.contains('BUILD FAILURE')
assert !log.contains('maven-surefire-plugin:2.') : 'the old default Surefire ran'
return true

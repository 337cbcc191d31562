// The archetype's project, generated and built with the Maven named by expectedMaven (a script variable).
def log = new File(basedir, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def project = new File(basedir, 'quantum-demo')

// generated: circuits, tests, a baseline, a runnable wrapper, and no unexpanded template
['pom.xml', 'mvnw', 'mvnw.cmd', '.mvn/wrapper/maven-wrapper.properties', 'README.md',
 'src/test/java/com/example/quantum/QuantumCircuitsIT.java', 'src/test/java/com/example/quantum/CircuitTest.java',
 'src/test/resources/ionq/circuits/bell.json', 'src/test/resources/ionq/circuits/ghz3.json',
 'src/test/resources/ionq/baselines/com.example.quantum.QuantumCircuitsIT/noisyGhzHasNotRegressed.json'].each {
    assert new File(project, it).isFile() : "the generated project lacks ${it}"
}
assert new File(project, 'mvnw').canExecute() : 'mvnw is not executable'
def pom = new File(project, 'pom.xml').text
assert !pom.contains('symbol_dollar') && pom.contains('${ionq-ci.version}') && pom.contains('<artifactId>ionq-ci-bom</artifactId>')
// every plugin the build uses names its version
assert !(log =~ /\[WARNING\] 'build\.plugins\.plugin\.version' for \S+ is missing/).find() : 'a plugin version is not pinned'
assert !log.contains('maven-surefire-plugin:2.') : 'the old default Surefire ran'

// built with the expected Maven
assert (log =~ /Apache Maven ${java.util.regex.Pattern.quote(expectedMaven)}\d+/).find() :
        "not run with Maven ${expectedMaven}"
// the plugin around Failsafe, and tests really run
has('Submitted 2 of 2 circuits')
has('2 jobs: 2 completed')
def runs = (log =~ /(?m)Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0$/).collect { it[1] as int }
assert runs.size() >= 2 && runs.every { it > 0 } : "expected Surefire and Failsafe to run tests, got ${runs}"
has('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')   // CircuitTest (Surefire)
has('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')   // QuantumCircuitsIT (Failsafe)
assert !log.contains('No baseline for') : 'the committed baseline was not compared'
has('BUILD SUCCESS')
return true

import java.util.jar.JarFile

// 1. The pasted getting-started POM built, from an empty local repository, with tests really run.
def log = new File(basedir, 'build.log').text
def has = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
has('[paste-snippet] pom.xml <- docs/getting-started.md')
has('Submitted 1 of 1 circuit;')
def runs = (log =~ /(?m)Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0$/).collect { it[1] as int }
assert runs.size() >= 2 && runs.every { it > 0 } : "Surefire and Failsafe must both run tests; runs: ${runs}"
assert !log.contains('maven-surefire-plugin:2.') : 'the old default Surefire ran'
// ionq:help (second invocation) lists every goal
['ionq:await-jobs', 'ionq:emulator-start', 'ionq:emulator-stop', 'ionq:help', 'ionq:submit'].each { has(it) }

// 2. ionq-ci came from the staging repository, and only from there.
def repo = new File(localRepositoryPath.toString())
def ours = new File(repo, 'io/github/ionqci')
['ionq-ci-bom', 'ionq-client', 'ionq-emulator', 'ionq-junit-jupiter', 'ionq-maven-plugin'].each { a ->
    def dir = new File(ours, "${a}/${projectVersion}")
    assert dir.isDirectory() : "${a} was not resolved into the consumer's local repository"
    def origins = dir.listFiles().findAll { it.name == '_remote.repositories' }*.text.join()
    def resolvedFromStaging = origins.contains('>ionq-staging=') ||
            dir.listFiles().any { it.name == 'maven-metadata-ionq-staging.xml' }
    assert resolvedFromStaging : "${a} did not come from the staging repository: ${dir.list()}"
}
assert new File(repo, 'org/junit/jupiter/junit-jupiter-api').isDirectory() : 'JUnit did not come from Maven Central'

// 3. Every published artifact in the staging repository is complete.
def staging = new File(stagingDirectory, 'io/github/ionqci')
def file = { String a, String classifier, String ext ->
    def dir = new File(staging, "${a}/${projectVersion}")
    String base = projectVersion
    if (projectVersion.endsWith('-SNAPSHOT')) {
        def meta = new groovy.xml.XmlSlurper().parse(new File(dir, 'maven-metadata.xml'))
        def v = meta.versioning.snapshotVersions.snapshotVersion.find {
            it.extension.text() == ext && it.classifier.text() == (classifier ?: '')
        }
        assert v.size() == 1 : "${a}: no ${classifier ?: 'main'} ${ext} in the staging repository"
        base = v.value.text()
    }
    def f = new File(dir, "${a}-${base}${classifier ? '-' + classifier : ''}.${ext}")
    assert f.isFile() : "missing in the staging repository: ${f}"
    f
}
def modules = ['ionq-client': 'io.github.ionqci.client', 'ionq-emulator': 'io.github.ionqci.emulator',
               'ionq-junit-jupiter': 'io.github.ionqci.junit', 'ionq-testcontainers': 'io.github.ionqci.testcontainers',
               'ionq-maven-plugin': 'io.github.ionqci.maven', 'ionq-ci-archetype': 'io.github.ionqci.archetype']
def checkPom = { String a ->
    def pom = file(a, null, 'pom').text
    assert !pom.contains('<parent>') : "${a}'s published POM has a parent: it must stand on its own"
    // the BOM's versions say ${project.version}: Maven resolves it to the BOM's own version when importing it
    assert !pom.replace('${project.version}', '').contains('${') : "${a}'s published POM has an unresolved expression"
    ['<name>', '<description>', '<url>', '<licenses>', '<scm', '<developers>', '<issueManagement>', 'Apache-2.0'].each {
        assert pom.contains(it) : "${a}'s published POM lacks ${it}"
    }
    pom
}
modules.each { a, moduleName ->
    checkPom(a)
    [null, 'sources', 'javadoc'].each { classifier ->
        new JarFile(file(a, classifier, 'jar')).withCloseable { jar ->
            assert jar.getEntry('META-INF/LICENSE') != null : "${a} ${classifier ?: 'main'} jar lacks META-INF/LICENSE"
            if (classifier == null) {
                assert jar.manifest.mainAttributes.getValue('Automatic-Module-Name') == moduleName :
                        "${a}: Automatic-Module-Name is not ${moduleName}"
            }
        }
    }
}
def bom = checkPom('ionq-ci-bom')
modules.keySet().findAll { it != 'ionq-ci-archetype' }.each {
    assert bom.contains("<artifactId>${it}</artifactId>") : "the BOM does not pin ${it}"
}
assert !bom.contains('jackson') && !bom.contains('junit-bom') : 'the BOM pins more than ionq-ci'
println "[consumer] staging repository complete: ${modules.size() + 1} artifacts with POM, jars, sources, javadoc"
return true

import java.nio.file.Files
import java.security.MessageDigest

// Two clean builds of ionq-emulator, from two fresh copies of its sources, give byte-identical jars.
def root = new File(rootDirectory).canonicalFile
def copy = { File from, File to ->
    from.eachFileRecurse { f ->
        def rel = from.toPath().relativize(f.toPath())
        if (rel.getName(0).toString() == 'target' || f.name == '.flattened-pom.xml') return
        def dest = to.toPath().resolve(rel)
        if (f.isDirectory()) Files.createDirectories(dest) else { Files.createDirectories(dest.parent); Files.copy(f.toPath(), dest) }
    }
}
def sha = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def build = { String name ->
    def dir = new File(basedir, name)
    dir.deleteDir()
    dir.mkdirs()
    ['pom.xml', 'LICENSE', 'NOTICE'].each { Files.copy(new File(root, it).toPath(), new File(dir, it).toPath()) }
    copy(new File(root, 'emulator'), new File(dir, 'emulator'))
    def cmd = ["${mavenHome}/bin/mvn", '-B', '-q', '-f', "${dir}/emulator/pom.xml", 'package',
               '-Dmaven.test.skip=true', "-Dmaven.repo.local=${userLocalRepository}"]
    def p = new ProcessBuilder(cmd*.toString()).directory(dir).redirectErrorStream(true)
            .redirectOutput(new File(basedir, "${name}.log")).start()
    assert p.waitFor() == 0 : "build ${name} failed: see ${basedir}/${name}.log"
    new File(dir, 'emulator/target').listFiles().findAll { it.name.startsWith('ionq-emulator-') && it.name.endsWith('.jar') }
            .collectEntries { [(it.name): sha(it)] }
}
def first = build('first')
def second = build('second')
assert first.size() == 3 : "expected main, sources and javadoc jars, got ${first.keySet()}"
first.each { name, digest ->
    assert second[name] == digest : "${name} differs between two clean builds (${digest} vs ${second[name]})"
    println "[reproducible] ${name} identical in two clean builds: sha256 ${digest}"
}
return true

// The checks shared with the other extension-junit* project, on this project's JUnit version.
// basedir is the clone under it/target/it; the shared file stays in it/src/it.
junitVersion = '5.14.4'
return evaluate(new File(basedir, '../../../src/it/extension-verify.groovy'))

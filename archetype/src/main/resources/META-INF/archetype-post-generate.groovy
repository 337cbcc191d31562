// archetype:generate does not keep file modes: make the Maven wrapper runnable again.
def mvnw = new File(new File(request.outputDirectory, request.artifactId), 'mvnw')
mvnw.setExecutable(true, false)

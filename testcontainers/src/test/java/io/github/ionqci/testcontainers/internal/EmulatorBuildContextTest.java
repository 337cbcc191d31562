package io.github.ionqci.testcontainers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ionqci.emulator.IonQEmulator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmulatorBuildContextTest {

    @Test
    void findsTheEmulatorAndJacksonOnTheClasspath() throws Exception {
        EmulatorBuildContext context = EmulatorBuildContext.locate(getClass().getClassLoader());

        Path emulator = Path.of(IonQEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(context.libraries()).containsValue(emulator);
        assertThat(context.libraries().values()).allSatisfy(path -> assertThat(Files.exists(path)).isTrue());
        assertThat(context.libraries().values().stream().map(path -> path.getFileName().toString()))
                .anySatisfy(name -> assertThat(name).startsWith("jackson-databind"))
                .anySatisfy(name -> assertThat(name).startsWith("jackson-core"))
                .anySatisfy(name -> assertThat(name).startsWith("jackson-annotations"));
    }

    @Test
    void namesEachEntryUnderLibInClasspathOrderAndListsThemForJava() {
        EmulatorBuildContext context = EmulatorBuildContext.locate(getClass().getClassLoader());

        int index = 0;
        for (String name : context.libraries().keySet()) {
            assertThat(name).matches("lib/" + index++ + "-[A-Za-z0-9._-]+");
        }
        assertThat(context.classpathArgs()).isEqualTo("-cp " + String.join(":", context.libraries().keySet()) + "\n");
    }

    @Test
    void aMissingEmulatorSaysWhichDependencyToAdd() {
        ClassLoader empty = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> EmulatorBuildContext.locate(empty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(IonQEmulator.class.getName())
                .hasMessageContaining("add io.github.ionqci:ionq-emulator");
    }
}

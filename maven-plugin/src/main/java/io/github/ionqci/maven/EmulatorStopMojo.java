package io.github.ionqci.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Stops the emulator {@code ionq:emulator-start} started for this project, and restores the system
 * properties it set. Does nothing (and says so) when none is running.
 */
@Mojo(name = "emulator-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class EmulatorStopMojo extends AbstractIonQMojo {

    @Override
    protected void run() {
        RunningEmulators.Running running = RunningEmulators.remove(project);
        if (running == null) {
            getLog().info("No IonQ emulator is running for this project; nothing to stop.");
            return;
        }
        String url = running.emulator().baseUrl();
        RunningEmulators.stop(running);
        getLog().info("IonQ emulator at " + url + " stopped");
    }
}

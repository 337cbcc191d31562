package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.RunConfiguration;
import io.github.ionqci.client.IonQClient;
import io.github.ionqci.client.IonQConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What an extension instance was told explicitly, by {@code IonQExtension.builder()} or by
 * {@code @IonQTest}. Every component may be null: unset, so the configuration decides.
 *
 * @param client       a client to use as is (the extension does not close it)
 * @param config       a configuration to build the client from
 * @param emulator     whether to use the embedded emulator
 * @param timeout      the await timeout
 * @param pollInterval the first poll interval
 * @param jobsFile     the jobs file
 */
public record ExtensionSettings(IonQClient client, IonQConfig config, Boolean emulator, Duration timeout,
                                Duration pollInterval, Path jobsFile) {

    /** Nothing explicit: the configuration decides everything. */
    public static final ExtensionSettings NONE = new ExtensionSettings(null, null, null, null, null, null);

    /**
     * @param lookup the run's configuration
     * @return whether these settings run against the embedded emulator
     */
    boolean usesEmulator(RunConfiguration lookup) {
        if (client != null || config != null) {
            return false;
        }
        return emulator != null ? emulator : lookup.emulatorRequested();
    }
}

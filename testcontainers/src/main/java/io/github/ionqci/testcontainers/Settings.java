package io.github.ionqci.testcontainers;

import io.github.ionqci.emulator.IonQEmulator;

/** Checks shared by {@link IonQEmulatorStartable} and {@link IonQEmulatorContainer}. */
final class Settings {

    private Settings() {
    }

    /** A key goes into an HTTP header, so it is one token of visible characters; the message never echoes it. */
    static String requireApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank: give the key the emulator should accept,"
                    + " or leave it unset for the default");
        }
        return IonQEmulator.requireApiKey(apiKey, "apiKey");
    }

    static int requirePort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535 (0 picks a free port), was " + port);
        }
        return port;
    }
}

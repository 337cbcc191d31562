package io.github.ionqci.emulator;

import java.util.Locale;

/**
 * Which gates a noisy simulation puts its depolarising channels after. IonQ's published characterizations
 * give error rates per native gate (one-qubit GPI/GPI2, two-qubit MS or ZZ), so {@link #NATIVE} is the
 * physically faithful accounting: a {@code swap} costs three two-qubit errors, an {@code rz} (virtual) none.
 * {@link #SUBMITTED}, the default, keeps the emulator's earlier behaviour: one channel per submitted gate.
 *
 * <pre>{@code
 * IonQEmulator emulator = IonQEmulator.builder().noisePer(NoiseAccounting.NATIVE).start();
 * }</pre>
 */
public enum NoiseAccounting {
    /** A channel after each gate as submitted (one two-qubit channel for a swap, one for an rz). */
    SUBMITTED,
    /** A channel after each gate of the circuit compiled to the backend's native gates. */
    NATIVE;

    /**
     * @param text {@code submitted} or {@code native} (any case)
     * @return the accounting
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static NoiseAccounting parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "submitted": return SUBMITTED;
            case "native": return NATIVE;
            default: throw new IllegalArgumentException("unknown noise accounting '" + text + "'; use 'submitted'"
                    + " (a channel after each submitted gate, the default) or 'native' (after each compiled native"
                    + " gate)");
        }
    }
}

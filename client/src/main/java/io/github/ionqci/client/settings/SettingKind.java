package io.github.ionqci.client.settings;

/** What values a setting accepts; {@link SettingsParser} reads each kind the same way in every entry point. */
public enum SettingKind {
    /** Any text (a URL, a path, a name). */
    TEXT,
    /** {@code true} or {@code false}, case-insensitive; anything else is an error. */
    BOOLEAN,
    /** A duration such as {@code 500ms}, {@code 30s}, {@code 10m} or {@code PT10M} (see {@link io.github.ionqci.client.Durations}). */
    DURATION,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** A byte size such as {@code 65536}, {@code 64KiB} or {@code 16MiB}. */
    SIZE,
    /** One word of a fixed list ({@link Setting#choices()}), in any letter case, such as {@code native}. */
    CHOICE
}

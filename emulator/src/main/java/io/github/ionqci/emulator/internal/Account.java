package io.github.ionqci.emulator.internal;

/** The one user and project every emulated job belongs to. */
public final class Account {

    /** {@code submitter_id} of every job. */
    public static final String SUBMITTER_ID = "65e2c0ffee0000000000e1a0";
    /** {@code project_id} of every job and of {@code /whoami}. */
    public static final String PROJECT_ID = "1f0e5a3c-0000-4000-8000-0000000e1a0e";
    /** {@code key_id} of {@code /whoami} (not derived from the key). */
    public static final String KEY_ID = "0e1a0e1a-0000-4000-8000-00000000e1a0";
    /** {@code key_name} of {@code /whoami}. */
    public static final String KEY_NAME = "ionq-emulator";
    /** The organization every session belongs to. */
    public static final String ORGANIZATION_ID = "0e1a0e1a-0000-4000-8000-0000000000e1";

    private Account() {
    }
}

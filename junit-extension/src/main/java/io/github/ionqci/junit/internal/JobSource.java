package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.IonQJob;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Where an {@link IonQJob}'s id comes from: exactly one of a literal id (or {@code ${placeholder}}),
 * a name in the jobs file, a circuit to submit, or a parameterized test's argument.
 */
sealed interface JobSource {

    /** {@code @IonQJob("uuid")} or {@code @IonQJob("${property}")}. */
    record Literal(String text) implements JobSource {
        @Override
        public String toString() {
            return "@IonQJob(\"" + text + "\")";
        }
    }

    /** {@code @IonQJob(name = "bell")}. */
    record Named(String name) implements JobSource {
        @Override
        public String toString() {
            return "@IonQJob(name = \"" + name + "\")";
        }
    }

    /** {@code @IonQJob(circuit = "circuits/bell.json", shots = ..., backend = ..., noise = ...)}. */
    record Circuit(String resource, int shots, String backend, String noise, long noiseSeed) implements JobSource {
        /** Value of {@code noiseSeed} when the annotation leaves the seed unset. */
        static final long NO_SEED = -1;

        @Override
        public String toString() {
            return "@IonQJob(circuit = \"" + resource + "\")";
        }
    }

    /** A {@code @ParameterizedTest} argument: an id, a {@code ${placeholder}} or a name in the jobs file. */
    record Argument(String text) implements JobSource {
        @Override
        public String toString() {
            return "argument \"" + text + "\"";
        }
    }

    /**
     * Reads the annotation of an injection point.
     *
     * @param point where the annotation is
     * @return the source
     * @throws ExtensionConfigurationException when it names no job, or more than one way
     */
    static JobSource of(InjectionPoint point) {
        IonQJob job = point.annotation();
        List<String> given = new ArrayList<>();
        if (!job.value().isEmpty()) {
            given.add("value");
        }
        if (!job.name().isEmpty()) {
            given.add("name");
        }
        if (!job.circuit().isEmpty()) {
            given.add("circuit");
        }
        if (given.size() > 1) {
            throw new ExtensionConfigurationException("@IonQJob on " + point + " sets " + String.join(" and ", given)
                    + ": give exactly one of value (a job id or ${property}), name (a name in the jobs file) or"
                    + " circuit (a circuit file to submit).");
        }
        if (job.circuit().isEmpty() && (job.shots() != 0 || !job.backend().isEmpty() || !job.noise().isEmpty()
                || job.noiseSeed() != Circuit.NO_SEED)) {
            throw new ExtensionConfigurationException("@IonQJob on " + point + " sets shots, backend, noise or noiseSeed,"
                    + " which only apply to a submitted circuit: add circuit = \"<file>.json\" or remove them.");
        }
        if (job.noiseSeed() < Circuit.NO_SEED || job.noiseSeed() > Integer.MAX_VALUE) {
            throw new ExtensionConfigurationException("@IonQJob on " + point + " has noiseSeed = " + job.noiseSeed()
                    + ": IonQ takes a seed from 0 to " + Integer.MAX_VALUE + "; use one in that range, or leave it"
                    + " unset (-1) for a random seed.");
        }
        if (job.shots() < 0) {
            throw new ExtensionConfigurationException("@IonQJob on " + point + " has shots = " + job.shots()
                    + ": use a positive count (IonQ accepts 1 to 1,000,000), or 0 for the file's value.");
        }
        if (given.isEmpty()) {
            throw new ExtensionConfigurationException("@IonQJob on " + point + " does not say which job: give an id"
                    + " (@IonQJob(\"<uuid>\") or @IonQJob(\"${property}\")), a name from the jobs file"
                    + " (@IonQJob(name = \"bell\")) or a circuit to submit (@IonQJob(circuit = \"circuits/bell.json\"))."
                    + " Only a @ParameterizedTest parameter may leave it empty, to take the job from its argument.");
        }
        if (!job.value().isEmpty()) {
            return new Literal(job.value().trim());
        }
        if (!job.name().isEmpty()) {
            return new Named(job.name().trim());
        }
        return new Circuit(job.circuit().trim(), job.shots(), job.backend().trim(), job.noise().trim(),
                job.noiseSeed());
    }
}

package io.github.ionqci.maven.internal;

import java.util.Objects;

/**
 * A job the build refers to: the name it is known by (a jobs-file key, or the id itself) and its id.
 *
 * @param name the name shown in logs and reports
 * @param id   the job's UUID
 */
public record JobRef(String name, String id) {

    /**
     * @param name the display name; the id when null or blank
     * @param id   the job id; must not be null
     */
    public JobRef {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            name = id;
        }
    }

    /**
     * @param id a job id
     * @return a reference named by its own id
     */
    public static JobRef of(String id) {
        return new JobRef(id, id);
    }
}

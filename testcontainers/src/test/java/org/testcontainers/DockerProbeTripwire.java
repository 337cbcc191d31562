package org.testcontainers;

import java.lang.reflect.Field;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * Tells whether code asked Testcontainers for a Docker client.
 *
 * <p>Every Docker access goes through {@link DockerClientFactory#client()}, which, the first time,
 * loads the {@link DockerClientProviderStrategy} services. This class is registered as one (in
 * {@code META-INF/services}) and counts its instantiations; it is never applicable, so it never
 * changes which Docker environment is found. {@link #dockerProbedDuring(Runnable)} swaps in a fresh
 * factory singleton so an earlier, cached lookup cannot hide a new one. It lives in
 * {@code org.testcontainers} to reach the factory's package-private constructor.
 */
public final class DockerProbeTripwire extends DockerClientProviderStrategy {

    private static int instantiations;

    public DockerProbeTripwire() {
        synchronized (DockerProbeTripwire.class) {
            instantiations++;
        }
    }

    /**
     * Runs the action with a fresh {@link DockerClientFactory} and restores the previous one afterwards.
     *
     * @return whether the action (or anything it started) looked for a Docker engine
     */
    public static boolean dockerProbedDuring(Runnable action) {
        Field singleton = singletonField();
        Object previous;
        int before;
        synchronized (DockerClientFactory.class) {
            previous = read(singleton);
            write(singleton, new DockerClientFactory());
        }
        synchronized (DockerProbeTripwire.class) {
            before = instantiations;
        }
        try {
            action.run();
        } finally {
            synchronized (DockerClientFactory.class) {
                write(singleton, previous);
            }
        }
        synchronized (DockerProbeTripwire.class) {
            return instantiations != before;
        }
    }

    @Override
    public String getDescription() {
        return "ionq-testcontainers test tripwire (never applicable)";
    }

    @Override
    protected boolean isApplicable() {
        return false;
    }

    @Override
    public TransportConfig getTransportConfig() {
        throw new UnsupportedOperationException("the tripwire strategy only counts lookups");
    }

    private static Field singletonField() {
        try {
            Field field = DockerClientFactory.class.getDeclaredField("instance");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("DockerClientFactory.instance is gone: update the tripwire for this"
                    + " Testcontainers version", e);
        }
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field field, Object value) {
        try {
            field.set(null, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

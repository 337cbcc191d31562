package io.github.ionqci.junit.internal;

import io.github.ionqci.junit.run.IonQRun;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one place that computes store values, so the JUnit 5 / JUnit 6 difference stays here:
 * {@code getOrComputeIfAbsent} exists in both (deprecated in 6 in favour of {@code computeIfAbsent},
 * which 5.x lacks).
 */
final class Stores {

    /** The extension's own namespace. */
    static final ExtensionContext.Namespace NAMESPACE = IonQRun.NAMESPACE;

    private Stores() {
    }

    static <K, V> V getOrCompute(ExtensionContext.Store store, K key, Function<K, V> compute, Class<V> type) {
        return store.getOrComputeIfAbsent(key, compute, type);
    }

    @SuppressWarnings("unchecked")
    static <V> V getOrCompute(ExtensionContext.Store store, Class<V> key, Function<Class<V>, V> compute) {
        return store.getOrComputeIfAbsent(key, compute, key);
    }
}

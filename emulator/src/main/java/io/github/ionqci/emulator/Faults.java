package io.github.ionqci.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulator's fault injection. Rules are tried in the order added; latency faults add up and let the
 * request go on, the first other fault that fires decides the response. Faults apply before the API-key check.
 *
 * <pre>{@code
 * emulator.faults().seed(7);
 * emulator.faults().add(Fault.status(429).retryAfterSeconds(1)).onPath("/jobs").rate(0.2);
 * emulator.faults().clear();
 * }</pre>
 */
public final class Faults {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private Random random = new Random();

    Faults() {
    }

    /**
     * @param fault the fault
     * @return its rule, to narrow with {@code onPath}, {@code onMethod}, {@code rate}, {@code times}
     */
    public FaultRule add(Fault fault) {
        FaultRule rule = new FaultRule(fault);
        rules.add(rule);
        return rule;
    }

    /**
     * Makes rate-based faults repeatable.
     *
     * @param seed the random seed
     */
    public synchronized void seed(long seed) {
        random = new Random(seed);
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** @return the rules, in order */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /**
     * @param method the request method
     * @param path   the request path
     * @return the faults that fire for this request, latency first
     */
    synchronized List<Fault> select(String method, String path) {
        List<Fault> fired = new ArrayList<>();
        for (FaultRule rule : rules) {
            boolean latency = rule.fault().kind() == Fault.Kind.LATENCY;
            boolean decided = fired.stream().anyMatch(f -> f.kind() != Fault.Kind.LATENCY);
            if (decided && !latency) {
                continue;
            }
            if (rule.fires(method, path, random)) {
                fired.add(rule.fault());
            }
        }
        return fired;
    }
}

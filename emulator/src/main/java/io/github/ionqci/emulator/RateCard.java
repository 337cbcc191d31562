package io.github.ionqci.emulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the emulator charges, in USD, for {@code GET /jobs/estimate} and {@code GET /jobs/{id}/cost}: per QPU
 * backend a price per shot, a price per one-qubit and per two-qubit gate (per shot, as IonQ's gate pricing
 * counts), and a job minimum. The simulator is free. Immutable.
 *
 * <pre>{@code
 * emulator.control().rateCard(RateCard.defaults()
 *         .with("qpu.forte-1", new RateCard.Price("0.0001", "0.0003", "0.0012", "1.00")));
 * BigDecimal usd = RateCard.defaults().estimate("qpu.aria-1", 1000, 12, 4, 1);
 * }</pre>
 */
public final class RateCard {

    /**
     * One backend's prices, in USD.
     *
     * @param perShot    the price of one shot, whatever its gates
     * @param per1qGate  the price of one one-qubit gate, per shot
     * @param per2qGate  the price of one two-qubit gate, per shot
     * @param jobMinimum the least a job costs
     */
    public record Price(BigDecimal perShot, BigDecimal per1qGate, BigDecimal per2qGate, BigDecimal jobMinimum) {

        /**
         * Checks that no price is negative.
         *
         * @param perShot    the price of one shot, whatever its gates
         * @param per1qGate  the price of one one-qubit gate, per shot
         * @param per2qGate  the price of one two-qubit gate, per shot
         * @param jobMinimum the least a job costs
         * @throws IllegalArgumentException if a price is negative
         */
        public Price {
            for (BigDecimal p : new BigDecimal[] {perShot, per1qGate, per2qGate, jobMinimum}) {
                if (Objects.requireNonNull(p, "price").signum() < 0) {
                    throw new IllegalArgumentException("A price cannot be negative, got " + p);
                }
            }
        }

        /**
         * @param perShot    USD per shot, such as {@code "0.0001"}
         * @param per1qGate  USD per one-qubit gate and shot
         * @param per2qGate  USD per two-qubit gate and shot
         * @param jobMinimum USD at least per job
         */
        public Price(String perShot, String per1qGate, String per2qGate, String jobMinimum) {
            this(new BigDecimal(perShot), new BigDecimal(per1qGate), new BigDecimal(per2qGate),
                    new BigDecimal(jobMinimum));
        }
    }

    private static final RateCard DEFAULTS = new RateCard(defaultPrices());

    private final Map<String, Price> prices;

    private RateCard(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** @return the emulator's default card: Forte dearer than Aria, Aria dearer than Harmony, simulator free */
    public static RateCard defaults() {
        return DEFAULTS;
    }

    /**
     * @param backend a QPU backend, such as {@code qpu.forte-1}
     * @param price   its prices
     * @return a card with that backend's prices replaced
     */
    public RateCard with(String backend, Price price) {
        if ("simulator".equals(backend)) {
            throw new IllegalArgumentException("The simulator is free; price a QPU backend such as qpu.forte-1");
        }
        Map<String, Price> copy = new LinkedHashMap<>(prices);
        copy.put(Objects.requireNonNull(backend, "backend"), Objects.requireNonNull(price, "price"));
        return new RateCard(copy);
    }

    /**
     * @param backend a backend
     * @return its prices, or null for the simulator and unknown backends (free)
     */
    public Price price(String backend) {
        return prices.get(backend);
    }

    /**
     * @param backend  the backend
     * @param shots    shots per circuit
     * @param gates1q  one-qubit gates, all circuits together
     * @param gates2q  two-qubit gates, all circuits together
     * @param circuits how many circuits (each pays the per-shot price and the minimum)
     * @return the cost in USD, rounded to the cent: {@code max(minimum × circuits, shots × (perShot × circuits
     *         + gates1q × per1qGate + gates2q × per2qGate))}; zero for the simulator
     */
    public BigDecimal estimate(String backend, long shots, long gates1q, long gates2q, int circuits) {
        Price price = prices.get(backend);
        if (price == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal n = BigDecimal.valueOf(Math.max(1, circuits));
        BigDecimal perShot = price.perShot().multiply(n)
                .add(price.per1qGate().multiply(BigDecimal.valueOf(gates1q)))
                .add(price.per2qGate().multiply(BigDecimal.valueOf(gates2q)));
        BigDecimal total = perShot.multiply(BigDecimal.valueOf(shots)).max(price.jobMinimum().multiply(n));
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Price> defaultPrices() {
        Map<String, Price> map = new LinkedHashMap<>();
        Price forte = new Price("0.0001", "0.0003", "0.0012", "1.00");
        Price aria = new Price("0.00005", "0.00022", "0.000975", "1.00");
        map.put("qpu.forte-1", forte);
        map.put("qpu.forte-enterprise-1", forte);
        map.put("qpu.aria-1", aria);
        map.put("qpu.aria-2", aria);
        map.put("qpu.harmony", new Price("0.00003", "0.0001", "0.0005", "0.30"));
        return map;
    }

    @Override
    public String toString() {
        return "RateCard" + prices;
    }
}

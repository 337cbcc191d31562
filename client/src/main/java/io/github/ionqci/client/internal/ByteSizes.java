package io.github.ionqci.client.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and writes byte sizes of the configuration: {@code 65536}, {@code 64KiB}, {@code 16MiB},
 * {@code 1GiB} (KB, MB and GB are read as the binary units too).
 *
 * <pre>{@code
 * long limit = ByteSizes.parse("16MiB");   // 16777216
 * String text = ByteSizes.format(limit);   // "16MiB"
 * }</pre>
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19}(?:\\.\\d{1,9})?)\\s*(b|kib|kb|k|mib|mb|m|gib|gb|g)?");

    private ByteSizes() {
    }

    /**
     * @param text a size such as {@code 16MiB}
     * @return the size in bytes, at least 1
     * @throws IllegalArgumentException if the text is not a size, or is zero or beyond 2^62 bytes
     */
    public static long parse(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size: write bytes, or a number and a unit"
                    + " (64KiB, 16MiB, 1GiB)");
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = unit.startsWith("k") ? 1L << 10 : unit.startsWith("m") ? 1L << 20 : unit.startsWith("g")
                ? 1L << 30 : 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        if (bytes.signum() <= 0 || bytes.compareTo(BigDecimal.valueOf(1L << 62)) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a usable size: give one from 1 byte to 4EiB");
        }
        return bytes.longValue();
    }

    /**
     * @param bytes a size
     * @return it in the largest binary unit that divides it, such as {@code 16MiB} or {@code 1500 bytes}
     */
    public static String format(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + "KiB";
        }
        return bytes + " bytes";
    }
}

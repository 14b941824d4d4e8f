package warta.core.cache;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cache bound as people write it: bytes, or a number with {@code K}, {@code M} or {@code G} (powers of 1024, an optional {@code iB} or {@code B} after it). */
public final class CacheSize {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(i?b)?");

    private CacheSize() {}

    /**
     * The bytes {@code text} says, such as {@code 256M}, {@code 1G}, {@code 500000}.
     *
     * @throws IllegalArgumentException when it is not a size of at least one byte
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (use bytes, or a number with K, M or G)");
        }
        long unit = switch (m.group(2)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("a cache size must be at most 8 EiB, not '" + text + "'");
        }
        if (bytes < 1) {
            throw new IllegalArgumentException("a cache size must be at least 1 byte, not '" + text + "'");
        }
        return bytes;
    }
}

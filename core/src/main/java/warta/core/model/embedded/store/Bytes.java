package warta.core.model.embedded.store;

import java.util.Locale;

/** Byte counts for people, in decimal units as disks and download pages show them: {@code 1.1 GB}. */
public final class Bytes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Bytes() {}

    /** {@code 532 B}, {@code 4.1 kB}, {@code 1.1 GB}: one decimal from kB up. */
    public static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}

package warta.core.model;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import warta.core.error.SettingException;

/**
 * One configuration value and where it came from, with parsers whose errors name both:
 * "--retries=-1 must be 0 or more", "WARTA_PROVIDER=foo: unknown provider; ...",
 * "/home/a/.config/warta/config.properties: timeout=abc is not a number ...".
 *
 * <p>A refused value is a {@link SettingException} that knows whether it came from a flag.
 *
 * @param key    the config-file key, e.g. {@code base-url}
 * @param value  the text as given
 * @param layer  which layer it came from
 * @param origin where it came from, for {@code describe()}: "--model", "WARTA_MODEL", "config file ..."
 * @param label  the value as written at its origin, for error messages
 */
record Setting(String key, String value, Layer layer, String origin, String label) {

    /** The layers a setting can come from, highest first. */
    enum Layer {
        FLAG,
        ENVIRONMENT,
        CONFIG_FILE
    }

    /** The longest time a duration may be: longer is a typo, and would overflow the clocks that count it. */
    static final Duration MAX_DURATION = Duration.ofHours(24);

    static Setting flag(String key, String value) {
        return new Setting(key, value, Layer.FLAG, "--" + key, "--" + key + "=" + value);
    }

    static Setting env(String key, String variable, String value) {
        return new Setting(key, value, Layer.ENVIRONMENT, variable, variable + "=" + value);
    }

    static Setting file(String key, String value, Path file) {
        return new Setting(key, value, Layer.CONFIG_FILE, "config file " + file, file + ": " + key + "=" + value);
    }

    boolean fromFile() {
        return layer == Layer.CONFIG_FILE;
    }

    boolean fromFlag() {
        return layer == Layer.FLAG;
    }

    Provider asProvider() {
        try {
            return Provider.parse(value);
        } catch (IllegalArgumentException e) {
            throw refused(label + ": unknown provider; use " + Provider.validIds());
        }
    }

    int asInt(int min) {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw refused(label + " is not a whole number");
        }
        if (number < min) {
            throw refused(label + " must be " + min + " or more");
        }
        return number;
    }

    double asDouble(double min, double max) {
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw refused(label + " is not a number");
        }
        if (!(number >= min && number <= max)) {
            throw refused(label + " must be between " + min + " and " + max);
        }
        return number;
    }

    /**
     * Seconds ("120", "1.5"), a number with a unit ("500ms", "90s", "2m") or ISO-8601 ("PT2M");
     * at least 1 ms and at most {@link #MAX_DURATION}.
     */
    Duration asDuration() {
        BigDecimal millis = parseMillis(value.strip().toLowerCase(Locale.ROOT));
        if (millis == null) {
            throw refused(label + " is not a number of seconds (or with a unit: 500ms, 90s, 2m)");
        }
        if (millis.signum() <= 0) {
            throw refused(label + " must be more than 0");
        }
        if (millis.compareTo(BigDecimal.ONE) < 0) {
            throw refused(label + " is less than 1 ms");
        }
        if (millis.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) > 0) {
            throw refused(label + " is too long: at most " + MAX_DURATION.toHours() + " hours ("
                    + MAX_DURATION.toSeconds() + " s)");
        }
        return Duration.ofMillis(millis.longValue());
    }

    String asHttpUrl() {
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw refused(label + " is not an http or https URL");
    }

    private SettingException refused(String message) {
        return new SettingException(message, fromFlag());
    }

    /** The milliseconds {@code text} stands for, exactly, however large; null when it is not a duration. */
    private static BigDecimal parseMillis(String text) {
        try {
            if (text.startsWith("pt")) {
                Duration iso = Duration.parse(text);
                return BigDecimal.valueOf(iso.getSeconds())
                        .multiply(BigDecimal.valueOf(1000))
                        .add(BigDecimal.valueOf(iso.getNano(), 6));
            }
            if (text.endsWith("ms")) {
                return new BigDecimal(text.substring(0, text.length() - 2).strip());
            }
            long factor = text.endsWith("m") ? 60_000 : 1000;
            String number = text.endsWith("m") || text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
            return new BigDecimal(number.strip()).multiply(BigDecimal.valueOf(factor));
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            return null;
        }
    }
}

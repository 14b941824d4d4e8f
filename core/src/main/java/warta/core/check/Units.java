package warta.core.check;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Units with a fixed conversion factor, so that a conversion a translator adds in brackets
 * ("380kg (840lb)", "10 km (6 miles)") can be checked rather than taken on trust. Stateless.
 */
final class Units {

    /** Each unit's size in a base unit of its kind: kilograms, metres, square metres, litres. */
    private static final Map<String, Quantity> UNITS = Map.ofEntries(
            Map.entry("kg", new Quantity("mass", 1)),
            Map.entry("g", new Quantity("mass", 0.001)),
            Map.entry("lb", new Quantity("mass", 0.45359237)),
            Map.entry("lbs", new Quantity("mass", 0.45359237)),
            Map.entry("oz", new Quantity("mass", 0.028349523)),
            Map.entry("ton", new Quantity("mass", 1000)),
            Map.entry("km", new Quantity("length", 1000)),
            Map.entry("m", new Quantity("length", 1)),
            Map.entry("cm", new Quantity("length", 0.01)),
            Map.entry("mm", new Quantity("length", 0.001)),
            Map.entry("mi", new Quantity("length", 1609.344)),
            Map.entry("miles", new Quantity("length", 1609.344)),
            Map.entry("mile", new Quantity("length", 1609.344)),
            Map.entry("ft", new Quantity("length", 0.3048)),
            Map.entry("feet", new Quantity("length", 0.3048)),
            Map.entry("in", new Quantity("length", 0.0254)),
            Map.entry("inches", new Quantity("length", 0.0254)),
            Map.entry("ha", new Quantity("area", 10_000)),
            Map.entry("acres", new Quantity("area", 4046.856)),
            Map.entry("l", new Quantity("volume", 1)),
            Map.entry("gallons", new Quantity("volume", 3.785411)));

    private record Quantity(String kind, double size) {}

    private Units() {}

    /** How many {@code to} make one {@code from}, or null when either is unknown or the kinds differ. */
    static Double factor(String from, String to) {
        Quantity a = UNITS.get(from.toLowerCase(Locale.ROOT));
        Quantity b = UNITS.get(to.toLowerCase(Locale.ROOT));
        if (a == null || b == null || !a.kind().equals(b.kind()) || a == b) {
            return null;
        }
        return a.size() / b.size();
    }

    /** Whether some reading of {@code converted} is within {@code tolerance} of {@code original} times factor. */
    static boolean close(String original, String converted, double factor, double tolerance) {
        for (BigDecimal a : Numbers.readings(original)) {
            for (BigDecimal b : Numbers.readings(converted.replaceAll("[^\\d.,]", ""))) {
                double expected = a.doubleValue() * factor;
                if (expected > 0 && Math.abs(b.doubleValue() - expected) <= tolerance * expected) {
                    return true;
                }
            }
        }
        return false;
    }
}

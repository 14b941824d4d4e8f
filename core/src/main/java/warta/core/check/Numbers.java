package warta.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in digits in English or Indonesian text, read into every value they may mean.
 *
 * <p>A dot or comma between digit groups is read both ways when it can be: "3.000" is 3000
 * (Indonesian grouping) or 3 (a decimal point), "2,5" is 2.5, "1.234,5" and "1,234.5" are both
 * 1234.5. A following scale word multiplies ("1,5 juta", "1.5 million", "Rp5 miliar",
 * "US$370m" after a currency sign), and "2.30 PM" also means 14.30. A time with a colon is read as
 * the same time with a dot: "14:30" and "2:30 p.m." are "14.30". Digits glued to a letter
 * before them ("H5N1", "G20") are codes, not numbers. Stateless and thread-safe.
 */
final class Numbers {

    private static final String CURRENCY = "(?:Rp\\.?|IDR|USD|US\\$|S\\$|A\\$|\\$|€|£)";
    /** A number; its digit groups repeat possessively, so a long "1.1.1..." cannot recurse deep. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + CURRENCY + "\\s?)?"
                    + "(\\d{1,2}:\\d{2}(?![\\d:])|\\d++(?:[.,]\\d++)*+)"
                    + "(?:\\s?(ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|mn|billion|bn|trillion|tn)(?!\\p{L})"
                    + "|(?<=\\d)(k|m|b|bn|M|T)(?!\\p{L}))?(\\s?(?:PM|pm|p\\.m\\.))?",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Map<String, Long> SCALES = Map.ofEntries(
            Map.entry("ribu", 1_000L),
            Map.entry("rb", 1_000L),
            Map.entry("thousand", 1_000L),
            Map.entry("k", 1_000L),
            Map.entry("juta", 1_000_000L),
            Map.entry("jt", 1_000_000L),
            Map.entry("million", 1_000_000L),
            Map.entry("mn", 1_000_000L),
            Map.entry("m", 1_000_000L),
            Map.entry("miliar", 1_000_000_000L),
            Map.entry("milyar", 1_000_000_000L),
            Map.entry("billion", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L),
            Map.entry("b", 1_000_000_000L),
            Map.entry("triliun", 1_000_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("tn", 1_000_000_000_000L),
            Map.entry("t", 1_000_000_000_000L));

    private Numbers() {}

    /**
     * One number in the text.
     *
     * @param text the mention verbatim, with its currency and scale word
     * @param start where the mention starts
     * @param bare the values the digits may mean, without the scale
     * @param scaled the bare values times the scale; equal to {@code bare} without a scale
     * @param hasScale whether a scale word or letter followed
     */
    record Mention(String text, int start, Set<String> bare, Set<String> scaled, boolean hasScale) {}

    static List<Mention> digits(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            boolean letterScale = m.group(4) != null && m.group(1) != null;
            String scaleWord = m.group(3) != null ? m.group(3) : letterScale ? m.group(4) : null;
            int end = m.group(4) != null && !letterScale ? m.end(2) : m.end();
            Set<BigDecimal> values = readings(m.group(2));
            if (m.group(5) != null && end == m.end()) {
                values.addAll(values.stream()
                        .filter(v -> v.compareTo(BigDecimal.valueOf(12)) < 0)
                        .map(v -> v.add(BigDecimal.valueOf(12)))
                        .toList());
            }
            long scale = scaleWord == null ? 1 : SCALES.get(scaleWord.toLowerCase(Locale.ROOT));
            mentions.add(new Mention(
                    text.substring(m.start(), end).strip(),
                    m.start(),
                    keys(values, 1),
                    keys(values, scale),
                    scaleWord != null));
        }
        return mentions;
    }

    /** Every value a digit string may stand for, in Indonesian or English notation. */
    static Set<BigDecimal> readings(String digits) {
        Set<BigDecimal> values = new HashSet<>();
        if (digits.indexOf(':') > 0) {
            values.add(new BigDecimal(digits.replace(':', '.')));
            return values;
        }
        String[] groups = digits.split("[.,]");
        if (groups.length == 1) {
            values.add(new BigDecimal(digits));
            return values;
        }
        if (allGroupsOfThree(groups, groups.length) && mixedSeparators(digits) <= 1) {
            values.add(new BigDecimal(String.join("", groups)));
        }
        char last = digits.charAt(digits.length() - groups[groups.length - 1].length() - 1);
        String head = digits.substring(0, digits.length() - groups[groups.length - 1].length() - 1);
        boolean headGrouped =
                groups.length == 2 || allGroupsOfThree(groups, groups.length - 1) && head.indexOf(last) < 0;
        if (headGrouped) {
            values.add(new BigDecimal(head.replaceAll("[.,]", "") + "." + groups[groups.length - 1]));
        }
        return values;
    }

    private static boolean allGroupsOfThree(String[] groups, int count) {
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < count; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static long mixedSeparators(String digits) {
        return digits.chars().filter(c -> c == '.' || c == ',').distinct().count();
    }

    static Set<String> keys(Set<BigDecimal> values, long scale) {
        Set<String> keys = new HashSet<>();
        for (BigDecimal value : values) {
            keys.add(value.multiply(BigDecimal.valueOf(scale))
                    .stripTrailingZeros()
                    .toPlainString());
        }
        return keys;
    }
}

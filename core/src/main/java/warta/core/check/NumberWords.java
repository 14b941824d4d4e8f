package warta.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written out in words, in English ("twenty-four", "three-hundred-and-fifty-thousand",
 * "thirty-fifth") or Indonesian ("dua belas", "tiga ratus ribu", "sepuluh", "kelima"), so that a
 * "12" in a translation is supported by "dua belas" in the source and "10" by "sepuluh".
 * Fractions and decimals in words ("one-point-three") are not read. Stateless and thread-safe.
 */
final class NumberWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Map<String, Long> UNITS = units();
    private static final Map<String, Long> MULTIPLIERS = Map.of(
            "hundred",
            100L,
            "ratus",
            100L,
            "thousand",
            1_000L,
            "ribu",
            1_000L,
            "million",
            1_000_000L,
            "juta",
            1_000_000L,
            "billion",
            1_000_000_000L,
            "miliar",
            1_000_000_000L,
            "milyar",
            1_000_000_000L,
            "trillion",
            1_000_000_000_000L);
    private static final Set<String> JOINERS = Set.of("and", "a");

    private NumberWords() {}

    /**
     * One run of number words: where it stands, its value, and whether it holds a scale word
     * of a thousand or more ("ten thousand", "1,5 juta" has none: its digits are read by
     * {@link Numbers}).
     */
    record Run(int start, int end, long value, boolean scaled) {}

    /** The value of every run of number words in the text, and of each unit word in a run. */
    static List<Long> values(String text) {
        List<Long> values = new ArrayList<>();
        runs(text, values);
        return values;
    }

    /** Every run of number words in the text, in order. */
    static List<Run> runs(String text) {
        return runs(text, new ArrayList<>());
    }

    private static List<Run> runs(String text, List<Long> values) {
        List<Run> runs = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        int start = -1;
        int end = -1;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (isNumberWord(word) || (!run.isEmpty() && JOINERS.contains(word))) {
                start = run.isEmpty() ? m.start() : start;
                end = isNumberWord(word) ? m.end() : end;
                run.add(word);
            } else {
                addRun(run, start, end, values, runs);
                if (word.equals("a")) {
                    run.add(word);
                    start = m.start();
                }
            }
        }
        addRun(run, start, end, values, runs);
        return runs;
    }

    private static void addRun(List<String> run, int start, int end, List<Long> values, List<Run> runs) {
        int before = values.size();
        addValue(run, values);
        if (values.size() > before && end > start) {
            boolean scaled = run.stream().anyMatch(w -> MULTIPLIERS.getOrDefault(w, 0L) >= 1_000L);
            runs.add(new Run(start, end, values.getLast(), scaled));
        }
    }

    private static boolean isNumberWord(String word) {
        return unit(word) != null || MULTIPLIERS.containsKey(word) || word.equals("belas") || word.equals("puluh");
    }

    private static void addValue(List<String> run, List<Long> values) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : run) {
            Long unit = unit(word);
            if (unit != null) {
                current += unit;
                values.add(unit);
                any = true;
            } else if (word.equals("belas")) {
                current += 10;
            } else if (word.equals("puluh")) {
                current *= 10;
            } else if (word.equals("hundred") || word.equals("ratus")) {
                current = Math.max(current, 1) * 100;
                any = true;
            } else if (MULTIPLIERS.containsKey(word)) {
                total += Math.max(current, 1) * MULTIPLIERS.get(word);
                current = 0;
                any = true;
            }
        }
        if (any) {
            values.add(total + current);
        }
        run.clear();
    }

    /** A unit word, an ordinal ("fifth", "twentieth", "kelima") or a se- form ("seribu"). */
    private static Long unit(String word) {
        Long unit = UNITS.get(word);
        if (unit != null) {
            return unit;
        }
        if (word.startsWith("ke") && word.length() > 4 && UNITS.containsKey(word.substring(2))) {
            return UNITS.get(word.substring(2));
        }
        if (word.endsWith("ieth") && UNITS.containsKey(word.substring(0, word.length() - 4) + "y")) {
            return UNITS.get(word.substring(0, word.length() - 4) + "y");
        }
        if (word.endsWith("th") && UNITS.containsKey(word.substring(0, word.length() - 2))) {
            return UNITS.get(word.substring(0, word.length() - 2));
        }
        return null;
    }

    private static Map<String, Long> units() {
        Map<String, Long> units = new HashMap<>();
        String[] english = {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] indonesian = {
            "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"
        };
        for (int i = 0; i < english.length; i++) {
            units.put(english[i], (long) i);
        }
        for (int i = 0; i < tens.length; i++) {
            units.put(tens[i], 20L + 10L * i);
        }
        for (int i = 0; i < indonesian.length; i++) {
            units.put(indonesian[i], (long) i);
        }
        units.putAll(Map.of(
                "first", 1L, "second", 2L, "third", 3L, "fifth", 5L, "eighth", 8L, "ninth", 9L, "twelfth", 12L,
                "pertama", 1L, "dozen", 12L));
        units.putAll(Map.of("seratus", 100L, "seribu", 1_000L, "sejuta", 1_000_000L, "semiliar", 1_000_000_000L));
        return Map.copyOf(units);
    }

    static Set<String> keys(List<Long> values) {
        return Numbers.keys(Set.copyOf(values.stream().map(BigDecimal::valueOf).toList()), 1);
    }
}

package warta.core.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered-paragraph form that keeps a translation aligned with its source: "[1] ...",
 * a blank line, "[2] ...". Formatting is exact; parsing is forgiving about spacing and stray
 * text around the markers, but never guesses which paragraph is which.
 */
final class NumberedText {

    private static final Pattern MARKER = Pattern.compile("(?m)^[ \\t]*\\**\\[(\\d{1,4})\\]\\**[ \\t]*");
    /**
     * A run of whitespace with a line break in it. The match starts only where the run starts: a
     * search from every place inside a long run without a line break would read the rest of it
     * again each time.
     */
    private static final Pattern LINE_BREAK = Pattern.compile("(?<!\\s)\\s*\\n\\s*");

    /** The outcome of parsing: one entry per expected paragraph ("" where missing), and a problem or null. */
    record Parsed(List<String> paragraphs, String problem) {

        boolean ok() {
            return problem == null;
        }

        long missing() {
            return paragraphs.stream().filter(String::isEmpty).count();
        }
    }

    private NumberedText() {}

    static String format(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(i == 0 ? "" : "\n\n")
                    .append('[')
                    .append(i + 1)
                    .append("] ")
                    .append(paragraphs.get(i));
        }
        return out.toString();
    }

    static Parsed parse(String text, int expected) {
        String[] found = new String[expected];
        Arrays.fill(found, "");
        Matcher m = MARKER.matcher(text);
        List<int[]> markers = new ArrayList<>();
        while (m.find()) {
            markers.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        }
        if (markers.isEmpty()) {
            return unnumbered(text, expected);
        }
        TreeSet<Integer> seen = new TreeSet<>();
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int[] marker = markers.get(i);
            int end = i + 1 < markers.size() ? markers.get(i + 1)[1] : text.length();
            String body = text.substring(marker[2], end).strip();
            body = LINE_BREAK.matcher(body).replaceAll(" ");
            int number = marker[0];
            if (number < 1 || number > expected || !seen.add(number)) {
                extra.add("[" + number + "]");
                continue;
            }
            found[number - 1] = body;
        }
        List<String> paragraphs = List.of(found);
        return new Parsed(paragraphs, problem(paragraphs, expected, extra));
    }

    private static Parsed unnumbered(String text, int expected) {
        String[] blocks = text.strip().split("\\n\\s*\\n");
        if (blocks.length == expected && !text.isBlank()) {
            return new Parsed(
                    Arrays.stream(blocks)
                            .map(b -> LINE_BREAK.matcher(b.strip()).replaceAll(" "))
                            .toList(),
                    null);
        }
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < expected; i++) {
            empty.add("");
        }
        return new Parsed(empty, "expected " + expected + " numbered paragraphs [1] to [" + expected + "], got none");
    }

    private static String problem(List<String> paragraphs, int expected, List<String> extra) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).isEmpty()) {
                missing.add("[" + (i + 1) + "]");
            }
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            return null;
        }
        StringBuilder problem =
                new StringBuilder("expected " + expected + " numbered paragraphs [1] to [" + expected + "]");
        if (!missing.isEmpty()) {
            problem.append("; missing or empty: ").append(String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            problem.append("; unexpected: ").append(String.join(", ", extra));
        }
        return problem.toString();
    }
}

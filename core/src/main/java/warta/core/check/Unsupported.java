package warta.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import warta.core.sentence.Span;

/**
 * One mention in the claims that the reference does not support, and how mentions become
 * findings: one finding per distinct problem ("North" said four times is one finding, saying so),
 * in the order of first mention, its text verbatim, and a detail that names the kind, says why,
 * and quotes the statement it stands in. Immutable.
 *
 * @param kind what was mentioned
 * @param text the mention verbatim
 * @param start where it starts in the claims
 */
record Unsupported(Kind kind, String text, int start) {

    static final int STATEMENT_CHARS = 100;

    /** What kind of mention, with the reason it is unsupported. */
    enum Kind {
        NUMBER("number", "not in the source, in digits or in words"),
        NAME("name", "not in the source, neither as written nor in English"),
        DATE("date", "not in the source, neither in English nor in Indonesian");

        private final String label;
        private final String reason;

        Kind(String label, String reason) {
            this.label = label;
            this.reason = reason;
        }
    }

    /** The findings: the first mention of each distinct problem, with the number of mentions. */
    static List<Finding> findings(List<Unsupported> mentions, String claims, List<Span> sentences, int paragraph) {
        Map<String, List<Unsupported>> byProblem = new LinkedHashMap<>();
        mentions.stream()
                .sorted(Comparator.comparingInt(Unsupported::start))
                .forEach(m -> byProblem
                        .computeIfAbsent(m.key(), k -> new ArrayList<>())
                        .add(m));
        List<Finding> findings = new ArrayList<>();
        for (List<Unsupported> same : byProblem.values()) {
            Unsupported first = same.getFirst();
            String statement = statement(claims, sentences, first.start);
            String detail = first.kind.label + " " + first.text + ": " + first.kind.reason
                    + (same.size() > 1 ? "; " + same.size() + " mentions" : "")
                    + (statement.isEmpty() ? "" : "; in \"" + statement + "\"");
            findings.add(new Finding(paragraph, first.text, detail));
        }
        return findings;
    }

    /** What makes two mentions one problem: the kind and the text in any case, spacing and possessive. */
    private String key() {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return kind + " "
                + (lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower);
    }

    /** The sentence the mention stands in (found by binary search), cut to {@value #STATEMENT_CHARS} characters. */
    private static String statement(String claims, List<Span> sentences, int at) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = sentences.get(middle);
            if (at < span.start()) {
                high = middle - 1;
            } else if (at >= span.end()) {
                low = middle + 1;
            } else {
                return cut(span.of(claims).strip());
            }
        }
        return "";
    }

    private static String cut(String sentence) {
        if (sentence.length() <= STATEMENT_CHARS) {
            return sentence;
        }
        int end = STATEMENT_CHARS - 1;
        if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
            end--;
        }
        return sentence.substring(0, end).strip() + "…";
    }
}

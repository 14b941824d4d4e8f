package warta.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.summarize.Entities;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * Plain-text renderings of a result, for reading and for pipes: the English translation (title,
 * then paragraphs separated by blank lines), or a readable summary; with both, the summary comes
 * after the translation under a {@value #SUMMARY_HEADING} line, so its headline is not read as one
 * more paragraph of the article. Check failures are not part
 * of the text: front ends report them on stderr, one line per finding ({@link #findings}). Stateless.
 */
public final class ResultText {

    /** The line between the translation and the summary, when a result has both. */
    static final String SUMMARY_HEADING = "== Summary";

    private ResultText() {}

    /** The translation, when there is one; then the summary, when there is one. */
    public static String render(ArticleResult result) {
        StringBuilder out = new StringBuilder();
        if (result.translation() != null) {
            out.append(translation(result.translation()));
        }
        if (result.summary() != null) {
            out.append(out.isEmpty() ? "" : "\n" + SUMMARY_HEADING + "\n\n").append(summary(result.summary()));
        }
        return out.toString();
    }

    static String translation(Translation t) {
        return head(t.title()) + String.join(PARAGRAPH_BREAK, t.paragraphs()) + "\n";
    }

    /** Between two paragraphs, in text and Markdown alike: a blank line. */
    static final String PARAGRAPH_BREAK = "\n\n";

    /** What comes before the translation's paragraphs: the English title and a blank line, when there is a title. */
    static String head(String englishTitle) {
        return englishTitle == null || englishTitle.isBlank() ? "" : englishTitle + "\n\n";
    }

    static String summary(Summary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.headline()).append("\n\n").append(s.summary()).append("\n\n");
        for (String point : s.keyPointTexts()) {
            out.append("- ").append(point).append('\n');
        }
        Entities e = s.entities();
        line(out, "People", e.people());
        line(out, "Organizations", e.organizations());
        line(out, "Places", e.places());
        return out.toString();
    }

    /** The longest quotation of the offending text in a finding line; longer ones are cut with "…". */
    static final int MAX_QUOTE = 160;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * One line per finding, in the order untranslated, omitted, unsupported, inconsistent: which check, where
     * ("¶3" for a paragraph, "summary" for the summary or the whole text), the offending text
     * (cut at {@value #MAX_QUOTE} characters) and the reason; then each step not done, as
     * "incomplete: no summary (reason)". Empty when the checks passed.
     */
    public static List<String> findings(Checks checks) {
        List<String> lines = new ArrayList<>();
        addFindings(lines, "untranslated", checks.untranslated());
        addFindings(lines, "omitted", checks.omitted());
        addFindings(lines, "unsupported", checks.unsupported());
        addFindings(lines, "inconsistent", checks.inconsistent());
        checks.incomplete().forEach(f -> lines.add("incomplete: " + f.text() + " (" + f.detail() + ")"));
        return lines;
    }

    private static void addFindings(List<String> lines, String check, List<Finding> findings) {
        for (Finding f : findings) {
            String where = f.paragraph() >= 0 ? "\u00B6" + (f.paragraph() + 1) : "summary";
            lines.add(check + " " + where + ": \"" + cut(f.text()) + "\" (" + f.detail() + ")");
        }
    }

    private static String cut(String text) {
        String oneLine = SPACES.matcher(text).replaceAll(" ").strip();
        if (oneLine.length() <= MAX_QUOTE) {
            return oneLine;
        }
        int end = MAX_QUOTE - 1;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--; // never half of a character outside the BMP
        }
        return oneLine.substring(0, end) + "\u2026";
    }

    private static void line(StringBuilder out, String label, List<String> names) {
        if (!names.isEmpty()) {
            out.append(label).append(": ").append(String.join(", ", names)).append('\n');
        }
    }
}

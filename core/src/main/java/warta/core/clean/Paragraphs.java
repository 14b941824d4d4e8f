package warta.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts plain text into paragraphs. Scraped articles come two ways: one paragraph per line, or
 * paragraphs separated by blank lines with lines hard-wrapped inside them. Every non-blank line
 * is a paragraph, except that a line which does not end a sentence is joined with the next line
 * when that one starts in lower case (a hard wrap). Lines holding only spaces count as blank.
 */
public final class Paragraphs {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** Characters that end a line that is complete (a sentence, a quote, a heading with a colon). */
    private static final String LINE_ENDS = ".!?:;\"')]\u201D\u2019\u00BB\u2026";

    private Paragraphs() {}

    /** Returns the raw paragraphs in order, each stripped; never blank ones. */
    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : LINE_BREAK.split(text, -1)) {
            String stripped = line.strip().replace('\u00A0', ' ').strip();
            if (stripped.isEmpty()) {
                flush(current, paragraphs);
            } else if (current.length() > 0 && continues(current, stripped)) {
                current.append(' ').append(stripped);
            } else {
                flush(current, paragraphs);
                current.append(stripped);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static boolean continues(CharSequence previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        return LINE_ENDS.indexOf(last) < 0 && Character.isLowerCase(line.codePointAt(0));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}

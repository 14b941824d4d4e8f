package warta.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The glossary file format: UTF-8 text (a byte-order mark is dropped, CRLF is read as LF), one
 * {@code term<TAB>rendering} per line; blank lines and lines whose first non-blank character is
 * {@code #} are ignored.
 */
final class GlossaryFile {

    private static final int QUOTED = 60;

    private GlossaryFile() {}

    /**
     * The entries of {@code text} in file order.
     *
     * @param error makes the exception for a message such as "line 7: expected ..."
     */
    static List<GlossaryEntry> parse(String text, Function<String, RuntimeException> error) {
        List<GlossaryEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw error.apply(
                        "line " + (i + 1) + ": expected 'term<TAB>English rendering', found \"" + quote(line) + "\"");
            }
            try {
                entries.add(new GlossaryEntry(fields[0], fields[1]));
            } catch (IllegalArgumentException e) {
                throw error.apply("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return entries;
    }

    private static String quote(String line) {
        String shown = line.replace("\t", "<TAB>");
        return shown.length() <= QUOTED ? shown : shown.substring(0, QUOTED) + "...";
    }
}

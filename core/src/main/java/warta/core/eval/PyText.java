package warta.core.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting on whitespace as Python's {@code str.split()} does, which the reference implementations
 * of the metrics use: any run of Unicode whitespace separates, and no empty pieces are kept. Java's
 * {@link Character#isWhitespace} leaves out the no-break spaces and NEL that Python counts.
 */
final class PyText {

    private PyText() {}

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** The words of {@code text}: maximal runs without whitespace. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** {@code text} without any whitespace. */
    static String removeSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isSpace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}

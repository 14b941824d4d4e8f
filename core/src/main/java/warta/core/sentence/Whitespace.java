package warta.core.sentence;

/**
 * What the splitter treats as whitespace: {@link Character#isWhitespace} plus the Unicode space
 * separators that it leaves out, such as the no-break space U+00A0 common in scraped news.
 */
final class Whitespace {

    private Whitespace() {}

    static boolean is(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The first offset at or after {@code from} that is not whitespace, or the text length. */
    static int skip(String text, int from) {
        int i = from;
        while (i < text.length() && is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset just past the last non-whitespace character before {@code to}, or {@code from}. */
    static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && is(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}

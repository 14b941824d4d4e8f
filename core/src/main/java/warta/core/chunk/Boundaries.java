package warta.core.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.sentence.Span;

/** Finer cut points inside an over-long sentence: clauses, then words. */
final class Boundaries {

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\u2013\u2014](?=\\s)|\\s[\u2013\u2014-](?=\\s)");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private Boundaries() {}

    /** Clauses of text[start, end): each ends after a comma, semicolon, colon or dash. */
    static List<Span> clauses(String text, int start, int end) {
        List<Span> spans = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            add(text, from, m.end(), spans);
            from = m.end();
        }
        add(text, from, end, spans);
        return spans;
    }

    /** Words of text[start, end), split at whitespace. */
    static List<Span> words(String text, int start, int end) {
        List<Span> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    /** Adds text[from, to) trimmed of whitespace, unless nothing is left. */
    private static void add(String text, int from, int to, List<Span> spans) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            spans.add(new Span(from, to));
        }
    }
}

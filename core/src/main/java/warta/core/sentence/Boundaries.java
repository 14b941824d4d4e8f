package warta.core.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the offsets at which sentences end, in one pass over the text. Holds no state of its
 * own, so one instance may be shared across threads.
 */
final class Boundaries {

    private static final String TERMINALS = ".?!…";
    /** Closing quotes and brackets, in every style a publisher may use ({@code ''} is two closers). */
    private static final String CLOSERS = "\"”’')]}»›";
    /** Opening quotes and brackets; a TeX-style {@code ``} opening quote is two backticks. */
    private static final String OPENERS = "\"“‘'`([{«‹„‚";

    private final Abbreviations abbreviations;

    Boundaries(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Sentence ends in ascending order; the text between two of them may be blank. */
    List<Integer> find(String text) {
        List<Integer> ends = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (TERMINALS.indexOf(c) >= 0) {
                i = afterTerminal(text, i, ends);
            } else if (c == '\n') {
                i = afterNewline(text, i, ends);
            } else {
                i++;
            }
        }
        return ends;
    }

    /** Judges the run of terminal punctuation at {@code i}; returns the offset to go on from. */
    private int afterTerminal(String text, int i, List<Integer> ends) {
        int runEnd = skipAny(text, i, TERMINALS);
        int end = skipAny(text, runEnd, CLOSERS);
        if (end == text.length() || !Whitespace.is(text.charAt(end))) {
            return end; // inside a token: "13.54", "kompas.com", "nama@contoh.co.id"
        }
        int next = Whitespace.skip(text, end);
        boolean singlePeriod = runEnd - i == 1 && text.charAt(i) == '.';
        if (singlePeriod && isNonFinalPeriod(text, i, next)) {
            return end;
        }
        if (next < text.length() && (hasNewline(text, end, next) || startsSentence(text, next))) {
            ends.add(end);
        }
        return end;
    }

    /** A blank line ends a paragraph and so a sentence; a lone line break is only whitespace. */
    private static int afterNewline(String text, int i, List<Integer> ends) {
        int next = Whitespace.skip(text, i + 1);
        if (hasNewline(text, i + 1, next)) {
            ends.add(i);
        }
        return next;
    }

    /**
     * Whether the period at {@code period} closes an abbreviation or initial rather than a
     * sentence, given the word that starts at {@code next}. A single letter after a number
     * ("suhu 2 C.", "abad ke-6 M.") is a unit or a label, not an initial; a dotted acronym
     * ("M.Sc.", "A.S.") ends a sentence when a word that typically opens one follows.
     */
    private boolean isNonFinalPeriod(String text, int period, int next) {
        String nextWord = wordAt(text, next);
        if (Abbreviations.isCompanySuffix(nextWord) && endsWithPeriod(text, next, nextWord)) {
            return true; // "Co. Ltd.": no sentence starts with "Ltd."
        }
        if (startsNumber(text, next) && Abbreviations.labelsNumber(codeBefore(text, period))) {
            return true; // "Jan. 2024", "pkl. 09.00", "KM. 12", "GA. 404", "v9. 1"
        }
        if (afterCompanySuffix(text, period, next)) {
            return true; // "PT Maju Tbk. (MAJU) mencatat ..."
        }
        String word = wordBefore(text, period);
        if (word.length() == 1 && followsNumber(text, period - 1)) {
            return false;
        }
        if (word.indexOf('.') >= 0 && Abbreviations.opensSentence(nextWord)) {
            return false; // "..., M.Sc. Ia mengatakan": a degree or acronym that ends a sentence
        }
        return abbreviations.isNonFinal(word);
    }

    /** A bracket right after "Tbk.", "Ltd." ... holds the company's code, not a new sentence. */
    private static boolean afterCompanySuffix(String text, int period, int next) {
        return next < text.length()
                && text.charAt(next) == '('
                && Abbreviations.isCompanySuffix(wordBefore(text, period));
    }

    /** Whether {@code word}, found at {@code at} (after any opening quotes), is followed by a period. */
    private static boolean endsWithPeriod(String text, int at, String word) {
        int end = text.indexOf(word, at) + word.length();
        return end < text.length() && text.charAt(end) == '.';
    }

    private static boolean startsNumber(String text, int at) {
        return at < text.length() && Character.isDigit(text.charAt(at));
    }

    /** The letters and digits right before {@code period} ("KM", "v9", "Jan"), if they stand alone. */
    private static String codeBefore(String text, int period) {
        int start = period;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        boolean standsAlone = start == 0 || Whitespace.is(text.charAt(start - 1));
        return standsAlone ? text.substring(start, period) : "";
    }

    /** The letters at {@code at} (after any opening quotes or brackets), up to the next non-letter. */
    private static String wordAt(String text, int at) {
        int start = skipAny(text, at, OPENERS);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean followsNumber(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && Whitespace.is(text.charAt(i - 1))) {
            i--;
        }
        return i < wordStart && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /**
     * The letters and inner periods right before the period at {@code period}: "Jl", "M.Si".
     * Empty when that word is glued to something else, as in a URL or an e-mail address.
     */
    private static String wordBefore(String text, int period) {
        int start = period;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        boolean standsAlone =
                start == 0 || Whitespace.is(text.charAt(start - 1)) || OPENERS.indexOf(text.charAt(start - 1)) >= 0;
        return standsAlone ? text.substring(start, period) : "";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.';
    }

    /** An uppercase letter, a letter of a caseless script, a digit or a currency sign. */
    private static boolean startsSentence(String text, int at) {
        int i = skipAny(text, at, OPENERS);
        if (i == text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp)
                || Character.isTitleCase(cp)
                || (Character.isLetter(cp) && !Character.isLowerCase(cp))
                || Character.isDigit(cp)
                || Character.getType(cp) == Character.CURRENCY_SYMBOL;
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int skipAny(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}

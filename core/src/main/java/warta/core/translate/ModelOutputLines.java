package warta.core.translate;

import java.util.regex.Pattern;

/**
 * The line patterns {@link ModelOutput} strips: chat preambles, labels, trailing notes. Each
 * pattern needs a word that marks the line as talk about the translation ("translation",
 * "terjemahan", "note", "I translated"), so an article line is never taken for one.
 */
final class ModelOutputLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String BOLD = "[*_#>\\s]*";
    /** {@link #BOLD}, taken whole: where what follows cannot start with one of its characters. */
    private static final String ALL_BOLD = "[*_#>\\s]*+";
    /** The words of a label; a longer word comes before any word that starts it. */
    private static final String TOPIC_WORD = "(?:english|indonesian|bahasa(?: indonesian?| inggris)?|original|source|"
            + "translation|translated|terjemahan|hasil terjemahan|teks asli|artikel|article|text|version|summary|"
            + "ringkasan|versi|asli|the|in|of|and|\\(|\\))";

    /**
     * A line that is only a label: "Translation:", "**English translation:**", "Original (Indonesian):".
     * It is bold marks, then topic words and spaces (at least one of either), an optional colon and
     * bold marks. Written as three cases, so that no space can be claimed by two quantifiers and
     * the words repeat possessively (without recursion): with topic words; with only spaces before
     * a colon; with only spaces and no colon.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:" + ALL_BOLD + TOPIC_WORD + "(?:\\s*+" + TOPIC_WORD + ")*+(?:\\s*+:)?" + BOLD
                    + "|" + ALL_BOLD + "(?<=\\s):" + BOLD
                    + "|[*_#>]*+\\s" + BOLD + ")$",
            FLAGS);

    /** A label followed by content on the same line: "Translation: [1] The minister ...". */
    private static final Pattern INLINE_LABEL = Pattern.compile(
            "^" + BOLD + "(?:english translation|translation|translated text|terjemahan|hasil terjemahan)" + BOLD + ":"
                    + BOLD,
            FLAGS);

    /** Chat before the content: a short line about translating, ending with a colon or a stop. */
    private static final Pattern PREAMBLE = Pattern.compile(
            "^" + BOLD + "(?=.{0,160}$)(?:(?:sure|certainly|of course|okay|ok|absolutely|here|below|berikut|ini|"
                    + "as requested|i have|i've|i will|i'll)\\b.*(?:translat|terjemah|english|in english)"
                    + "|.*(?:translation|terjemahan)(?:nya)?\\b.{0,40}(?:below|follows|berikut))"
                    + ".*[:.!]" + BOLD + "$",
            FLAGS);

    /** A line that is only a courtesy: "Sure!", "Certainly.". */
    private static final Pattern COURTESY = Pattern.compile(
            "^" + BOLD + "(?:sure|certainly|of course|okay|absolutely|tentu|baik)[!.,]?" + BOLD + "$", FLAGS);

    /** The start of a trailing note: "Note:", "(Note:", "Catatan:", "I translated X as Y". */
    private static final Pattern NOTE = Pattern.compile(
            "^" + ALL_BOLD + "\\(?" + ALL_BOLD + "(?:(?:translator'?s? |translation )?notes?|catatan|n\\.b\\.)"
                    + ALL_BOLD + ":"
                    + "|^" + ALL_BOLD
                    + "(?:i (?:have |'ve )?(?:translated|kept|left|rendered|used|chose|retained|preserved)"
                    + "|i've (?:translated|kept|left|rendered|used|chose|retained|preserved)"
                    + "|(?:let me know|i hope this|feel free|please note|please let me))\\b",
            FLAGS);

    /**
     * A note in brackets at the end of a line: "... left. (Note: Menlu is the foreign minister.)",
     * with the spaces before it. The match starts only where a run of spaces starts: a search
     * from inside a long run would read the rest of it again.
     */
    static final Pattern TRAILING_NOTE =
            Pattern.compile("(?<!\\s)\\s*+\\((?:translator'?s? )?(?:notes?|catatan)\\s*:[^()]*\\)\\s*$", FLAGS);

    /**
     * A list item or a separator, which may follow a note label. Spaces and the item's text are
     * taken whole (possessive): the spaces after the text still match the final {@code \s*}, and
     * a long run of them is not split three ways.
     */
    private static final Pattern LIST_OR_RULE =
            Pattern.compile("^\\s*+(?:[-*•]\\s++.*+|\\d+\\.\\s++.*+|[-*_=]{3,})\\s*$");

    static final Pattern FENCE = Pattern.compile("^\\s*```[\\w+-]*\\s*$");
    static final Pattern ARTICLE_TAG = Pattern.compile("</?(?:article|translation|terjemahan)\\b[^>]*>", FLAGS);

    private ModelOutputLines() {}

    static boolean isPreamble(String line) {
        return LABEL.matcher(line).matches() && line.matches("(?is).*(?::|translat|terjemah).*")
                || PREAMBLE.matcher(line).matches()
                || COURTESY.matcher(line).matches();
    }

    static String withoutInlineLabel(String line) {
        return INLINE_LABEL.matcher(line).replaceFirst("");
    }

    static boolean startsNote(String line) {
        return NOTE.matcher(line).find();
    }

    static boolean isListOrRule(String line) {
        return LIST_OR_RULE.matcher(line).matches();
    }
}

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
    private static final String TOPIC = "(?:english|indonesian|bahasa(?: indonesia| inggris)?|original|source|"
            + "translation|translated|terjemahan|hasil terjemahan|teks asli|artikel|article|text|version|summary|"
            + "ringkasan|versi|asli|the|in|of|and|\\(|\\)|\\s)+";

    /** A line that is only a label: "Translation:", "**English translation:**", "Original (Indonesian):". */
    private static final Pattern LABEL = Pattern.compile("^" + BOLD + TOPIC + ":?" + BOLD + "$", FLAGS);

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
            "^" + BOLD + "\\(?" + BOLD + "(?:(?:translator'?s? |translation )?notes?|catatan|n\\.b\\.)" + BOLD + ":"
                    + "|^" + BOLD
                    + "(?:i (?:have |'ve )?(?:translated|kept|left|rendered|used|chose|retained|preserved)"
                    + "|i've (?:translated|kept|left|rendered|used|chose|retained|preserved)"
                    + "|(?:let me know|i hope this|feel free|please note|please let me))\\b",
            FLAGS);

    /** A note in brackets at the end of a line: "... left. (Note: Menlu is the foreign minister.)". */
    static final Pattern TRAILING_NOTE =
            Pattern.compile("\\s*\\((?:translator'?s? )?(?:notes?|catatan)\\s*:[^()]*\\)\\s*$", FLAGS);

    /** A list item or a separator, which may follow a note label. */
    private static final Pattern LIST_OR_RULE = Pattern.compile("^\\s*(?:[-*•]\\s+.*|\\d+\\.\\s+.*|[-*_=]{3,})\\s*$");

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

package warta.core.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the author and editor tags that Indonesian outlets put at the end of an article:
 * initials ("(WIL)", "[SB]", "[ab/ns]", "(rah/rah)", "(Yendhi/win)"), a name in brackets after
 * the last sentence ("(Atika Pusagawanti)"), or a source ("[PageSix.com]"). A bracket holding
 * ordinary words, such as "(tidak dimainkan)", is content and never a tag. Stateless.
 */
final class EndTags {

    /** A tag found at the end of a paragraph. */
    record Tag(String text, String inner, boolean name, int start) {}

    private static final Pattern TAG_AT_END = Pattern.compile("[\\[(]([^\\[\\]()]{1,40})[\\])]\\s*$");
    private static final Pattern CODE =
            Pattern.compile("\\p{L}{1,6}(?:/\\p{L}{1,6})*|\\p{Lu}\\p{Ll}{1,12}/\\p{L}{1,6}");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3}");
    private static final Pattern SOURCE =
            Pattern.compile("[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|id|net|org|co\\.id|co\\.uk)");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("[.!?\"'\u201D\u2019\u00BB\u2026]\\s*$");

    private EndTags() {}

    /** The tag at the end of {@code paragraph}, if there is one. */
    static Optional<Tag> atEnd(String paragraph) {
        Matcher m = TAG_AT_END.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String inner = m.group(1).strip();
        boolean alone = m.start() == 0;
        String before = paragraph.substring(0, m.start());
        boolean afterSentence = alone || SENTENCE_END_BEFORE.matcher(before).find();
        boolean code = CODE.matcher(inner).matches() && isCodeLike(inner);
        boolean name = afterSentence && NAME.matcher(inner).matches();
        boolean source = afterSentence && SOURCE.matcher(inner).matches();
        if (!code && !name && !source) {
            return Optional.empty();
        }
        return Optional.of(new Tag(m.group().strip(), inner, name, m.start()));
    }

    /** Editors' codes are short, or have a slash, and are not an ordinary lower-case word. */
    private static boolean isCodeLike(String inner) {
        if (inner.contains("/")) {
            return true;
        }
        return inner.length() <= 4 || inner.equals(inner.toUpperCase(java.util.Locale.ROOT));
    }
}

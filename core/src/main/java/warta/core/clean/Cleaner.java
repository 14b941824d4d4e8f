package warta.core.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the boilerplate of news pages from an article's paragraphs and normalises what stays
 * ({@link TextNormalizer}). Removed paragraphs are recorded with their reason, in order:
 * <ul>
 *   <li>paragraphs that match a {@link BoilerplateRule} as a whole;</li>
 *   <li>a "Baca juga: ..." paragraph (any case, colon or not); when such a paragraph is long, only
 *       the link's own sentence is removed and the rest is kept;</li>
 *   <li>the headline-like lines (short, no full stop) that follow a "TERKAIT" or "BERITA LAINNYA"
 *       heading;</li>
 *   <li>a paragraph that repeats an earlier one (compared ignoring case and quote style).</li>
 * </ul>
 * Content is never rewritten beyond normalisation. Immutable and thread-safe.
 */
public final class Cleaner {

    private static final int SHORT_LINK_WORDS = 40;
    private static final int HEADLINE_WORDS = 20;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /**
     * "Baca juga" and anything after it on the last line. Written so that no run of spaces or line
     * separators can be split between two quantifiers: it matches exactly what
     * {@code prefix\b\s*[:-]?\s*(.+)$} matches, in linear time.
     */
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^(?:" + BoilerplateRules.RELATED_PREFIX + ")\\b(?:\\s*+[:\\-\u2013\u2014])?"
                    + "(?:\\s*+.+|\\s*[^\\n\\r\u0085\u2028\u2029])$",
            FLAGS);

    /** Quotes and brackets that may close a sentence, and those that may open one, in the publisher's style. */
    private static final String CLOSING = "\"'\u201D\u2019\u00BB)\\]";

    private static final String OPENING = "\"'`\u201C\u2018\u201E\u00AB(";
    private static final Pattern FIRST_SENTENCE_END =
            Pattern.compile("[.!?][" + CLOSING + "]?\\s+(?=[" + OPENING + "]{0,2}\\p{Lu})");
    private static final Pattern HEADLINE_END = Pattern.compile("[.!?;,]$|[.!?][" + CLOSING + "]$");

    private static final Cleaner INDONESIAN_NEWS = new Cleaner(BoilerplateRules.indonesianNews());

    private final List<BoilerplateRule> rules;

    public Cleaner(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** The cleaner for Indonesian news pages. */
    public static Cleaner indonesianNews() {
        return INDONESIAN_NEWS;
    }

    /** Cleans raw paragraphs (for example from {@link Paragraphs#split(String)}). */
    public Cleaned clean(List<String> rawParagraphs) {
        List<String> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inRelatedList = false;
        for (String raw : rawParagraphs) {
            String paragraph = TextNormalizer.normalize(raw);
            if (paragraph.isEmpty()) {
                continue;
            }
            BoilerplateRule rule = matchingRule(paragraph);
            if (rule != null) {
                removed.add(Removal.of(paragraph, rule.reason()));
                inRelatedList = rule.name().equals("related-heading");
                continue;
            }
            if (inRelatedList && isHeadline(paragraph)) {
                removed.add(Removal.of(paragraph, Removal.RELATED_LINK));
                continue;
            }
            inRelatedList = false;
            paragraph = removeRelatedLink(paragraph, removed);
            if (paragraph.isEmpty()) {
                continue;
            }
            if (!seen.add(TextNormalizer.foldQuotes(paragraph).toLowerCase(Locale.ROOT))) {
                removed.add(Removal.of(paragraph, Removal.DUPLICATE));
                continue;
            }
            kept.add(paragraph);
        }
        return new Cleaned(kept, removed);
    }

    private BoilerplateRule matchingRule(String paragraph) {
        for (BoilerplateRule rule : rules) {
            if (rule.matches(paragraph)) {
                return rule;
            }
        }
        return null;
    }

    /** Removes a leading "Baca juga: ..." link; returns what is left (possibly empty). */
    private static String removeRelatedLink(String paragraph, List<Removal> removed) {
        Matcher link = RELATED_LINK.matcher(paragraph);
        if (!link.matches()) {
            return paragraph;
        }
        if (wordCount(paragraph) <= SHORT_LINK_WORDS) {
            removed.add(Removal.of(paragraph, Removal.RELATED_LINK));
            return "";
        }
        Matcher end = FIRST_SENTENCE_END.matcher(paragraph);
        if (!end.find()) {
            removed.add(Removal.of(paragraph, Removal.RELATED_LINK));
            return "";
        }
        removed.add(Removal.of(paragraph.substring(0, end.end()).strip(), Removal.RELATED_LINK));
        return paragraph.substring(end.end()).strip();
    }

    static boolean isHeadline(String paragraph) {
        return wordCount(paragraph) <= HEADLINE_WORDS
                && !HEADLINE_END.matcher(paragraph).find();
    }

    /** The number of whitespace-separated words in {@code text}, counted without allocating. */
    public static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}

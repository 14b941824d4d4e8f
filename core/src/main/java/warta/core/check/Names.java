package warta.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import warta.core.sentence.Span;

/**
 * Proper names and calendar words (months, weekdays) in claims, checked against a reference in
 * either language.
 *
 * <p>A name is a capitalised word whose capital is not explained otherwise ({@link Capitals}:
 * the start of a sentence, a title-cased headline, an opener such as "Meanwhile", an honorific).
 * It is supported when the {@link Vocabulary} of the reference supports each of its parts
 * ("Son-hui": "Son" and "hui"; "RTs": "RT"): as written, in a spelling variant, or as the English
 * of a word or phrase the reference holds ("North" from "utara", "Foreign Minister" from "Menteri
 * Luar Negeri" or "Menlu"). Neighbouring unsupported words are reported together ("Anies
 * Baswedan"). A month or weekday is supported by the same month or weekday in either language, or
 * by a date in digits that falls on it ({@link Calendar#keysIn}); in a title-cased headline they
 * are not checked ("Prices May Rise"). Stateless and thread-safe.
 */
final class Names {

    private static final Pattern PARTS = Pattern.compile("['’]s$|[-'’]");
    /** Lower-case words inside an organisation's name, skipped by its acronym. */
    private static final Set<String> NAME_LINKS = Set.of("and", "of", "for", "the", "on", "in");

    private Names() {}

    /** The unsupported names and calendar words in the claims, split into {@code sentences}. */
    static List<Unsupported> unsupported(
            String claims, List<Span> sentences, String reference, Map<String, String> glossary) {
        Vocabulary vocabulary = Vocabulary.of(reference, glossary);
        Map<String, Boolean> known = new HashMap<>();
        Set<Integer> calendar = Calendar.keysIn(reference);
        List<Unsupported> found = new ArrayList<>();
        for (Span span : sentences) {
            String sentence = span.of(claims);
            List<Words.Token> tokens = Words.tokens(sentence);
            boolean titleCase = Capitals.isTitleCase(sentence, tokens);
            boolean[] expanded = expansions(sentence, tokens, vocabulary);
            int runStart = -1;
            for (int i = 0; i <= tokens.size(); i++) {
                boolean bad = i < tokens.size()
                        && !expanded[i]
                        && Capitals.mayBeName(sentence, tokens, i, titleCase)
                        && !known.computeIfAbsent(tokens.get(i).text(), word -> supported(word, vocabulary));
                if (i < tokens.size() && !titleCase) {
                    date(tokens.get(i), calendar, span.start(), found);
                }
                if (bad && runStart < 0) {
                    runStart = i;
                } else if (!bad && runStart >= 0) {
                    int start = tokens.get(runStart).start();
                    String text = sentence.substring(start, tokens.get(i - 1).end());
                    found.add(new Unsupported(Unsupported.Kind.NAME, text, span.start() + start));
                    runStart = -1;
                }
            }
        }
        return found;
    }

    /**
     * The tokens that spell out an acronym of the reference: a run of at least two capitalised
     * words, joined by spaces and perhaps the function words of names ("and", "of", "for", "the",
     * "on"), whose initials are an acronym the reference writes ("Food and Agriculture
     * Organisation" for FAO, "International Monetary Fund" for IMF). Runs are tried from every
     * capitalised word, up to {@value Vocabulary#MAX_ACRONYM} capitalised words long.
     */
    static boolean[] expansions(String sentence, List<Words.Token> tokens, Vocabulary vocabulary) {
        boolean[] expanded = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalised()) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < tokens.size() && initials.length() < Vocabulary.MAX_ACRONYM; j++) {
                Words.Token token = tokens.get(j);
                if (j > i
                        && !sentence.substring(tokens.get(j - 1).end(), token.start())
                                .isBlank()) {
                    break;
                }
                if (token.capitalised()) {
                    initials.appendCodePoint(token.text().codePointAt(0));
                    if (initials.length() >= 2 && vocabulary.hasAcronym(initials.toString())) {
                        java.util.Arrays.fill(expanded, i, j + 1, true);
                    }
                } else if (!NAME_LINKS.contains(token.lower())) {
                    break;
                }
            }
        }
        return expanded;
    }

    /** Whether every capitalised part of the word is supported. */
    private static boolean supported(String word, Vocabulary vocabulary) {
        for (String part : PARTS.split(Capitals.singular(word))) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && !vocabulary.supports(part)) {
                return false;
            }
        }
        return true;
    }

    /** Adds a capitalised month or weekday the reference does not name. */
    private static void date(Words.Token token, Set<Integer> calendar, int offset, List<Unsupported> found) {
        boolean word = token.capitalised() && !Words.isEnglishFunctionWord(token.text());
        int key = word ? Calendar.key(token.text()) : 0;
        if (key != 0 && !calendar.contains(key)) {
            found.add(new Unsupported(Unsupported.Kind.DATE, token.text(), offset + token.start()));
        }
    }
}

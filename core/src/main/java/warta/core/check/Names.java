package warta.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import warta.core.sentence.SentenceSplitter;

/**
 * Proper names and calendar words (months, weekdays) in claims, checked against a reference.
 *
 * <p>A name is a capitalised word that is not an English function word. The first word of a
 * sentence is capitalised anyway, so it counts only when it is written in capitals ("KPK") or
 * the next word is capitalised too ("Joko Widodo said"). A name is supported when the reference
 * holds the word in any case, or a word sharing its first {@value #STEM} letters and differing
 * in length by at most two (so "President" is supported by "Presiden", "Indonesian" by
 * "Indonesia"), or when the glossary maps a term found in the reference to a rendering that
 * holds the word ("Foreign Minister" is supported by "Menlu" when Menlu maps to Foreign
 * Minister), or the other way round. Neighbouring unsupported words are reported together.
 * Stateless and thread-safe.
 */
final class Names {

    static final int STEM = 5;
    private static final Pattern PARTS = Pattern.compile("['’]s$|[-'’]");

    private Names() {}

    static List<Finding> unsupported(String claims, String reference, Map<String, String> glossary, int paragraph) {
        Set<String> vocabulary = vocabulary(reference, glossary);
        Set<Integer> calendar = calendar(reference);
        List<Finding> findings = new ArrayList<>();
        for (String sentence : SentenceSplitter.indonesian().split(claims)) {
            List<Words.Token> tokens = Words.tokens(sentence);
            int runStart = -1;
            for (int i = 0; i <= tokens.size(); i++) {
                boolean bad = i < tokens.size() && unsupported(tokens, i, vocabulary, calendar, paragraph, findings);
                if (bad && runStart < 0) {
                    runStart = i;
                } else if (!bad && runStart >= 0) {
                    String text = sentence.substring(
                            tokens.get(runStart).start(), tokens.get(i - 1).end());
                    findings.add(new Finding(paragraph, text, "name " + text + " not in the reference"));
                    runStart = -1;
                }
            }
        }
        return findings;
    }

    /** Whether token i is an unsupported name; an unsupported calendar word is reported at once. */
    private static boolean unsupported(
            List<Words.Token> tokens,
            int i,
            Set<String> vocabulary,
            Set<Integer> calendar,
            int paragraph,
            List<Finding> findings) {
        Words.Token token = tokens.get(i);
        if (!token.capitalised() || Words.isEnglishFunctionWord(token.text())) {
            return false;
        }
        int key = Calendar.key(token.text());
        if (key != 0) {
            if (!calendar.contains(key)) {
                findings.add(new Finding(paragraph, token.text(), "date " + token.text() + " not in the reference"));
            }
            return false;
        }
        if (i == 0
                && !allCaps(token.text())
                && (tokens.size() < 2 || !tokens.get(1).capitalised())) {
            return false;
        }
        for (String part : PARTS.split(token.text())) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0)) && !known(part, vocabulary)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCaps(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean known(String word, Set<String> vocabulary) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (vocabulary.contains(lower)) {
            return true;
        }
        if (lower.length() < STEM) {
            return false;
        }
        String stem = lower.substring(0, STEM);
        return vocabulary.stream().anyMatch(w -> w.startsWith(stem) && Math.abs(w.length() - lower.length()) <= 2);
    }

    private static Set<String> vocabulary(String reference, Map<String, String> glossary) {
        Set<String> words = new HashSet<>();
        addWords(reference, words);
        String lower = " " + reference.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        glossary.forEach((term, rendering) -> {
            if (lower.contains(phrase(term))) {
                addWords(rendering, words);
            }
            if (lower.contains(phrase(rendering))) {
                addWords(term, words);
            }
        });
        return words;
    }

    private static String phrase(String text) {
        return " "
                + text.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip() + " ";
    }

    private static void addWords(String text, Set<String> words) {
        for (Words.Token token : Words.tokens(text)) {
            for (String part : PARTS.split(token.text())) {
                if (!part.isEmpty()) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static Set<Integer> calendar(String reference) {
        Set<Integer> keys = new HashSet<>();
        for (Words.Token token : Words.tokens(reference)) {
            int key = Calendar.key(token.text());
            if (key != 0) {
                keys.add(key);
            }
        }
        return keys;
    }
}

package warta.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that survive translation unchanged and so tie a source sentence to its translation:
 * numbers (compared by their digits, so "3.000" ties to "3,000") and capitalised words other
 * than a sentence's first (names: "Denmark", "Andersen", "KPK"). A capitalised source word ties
 * to a target word sharing its first five letters ("Presiden", "President"). Stateless.
 */
final class Anchors {

    private static final int STEM = 5;

    private Anchors() {}

    /** The anchors of one text, lowercased; numbers as their digits. */
    static Set<String> of(String text) {
        Set<String> anchors = new HashSet<>();
        List<Words.Token> tokens = Words.tokens(text);
        for (int i = 1; i < tokens.size(); i++) {
            Words.Token token = tokens.get(i);
            if (token.capitalised()
                    && !Words.isEnglishFunctionWord(token.text())
                    && !Words.INDONESIAN.contains(token.lower())
                    && Lexicon.renderings(token.lower()).isEmpty()) {
                anchors.add(token.lower());
            }
        }
        for (String number : text.split("[^\\d.,]+")) {
            String digits = number.replaceAll("\\D", "");
            if (!digits.isEmpty()) {
                anchors.add(digits);
            }
        }
        return anchors;
    }

    /** How many of {@code source}'s anchors the target words hold. */
    static int matched(Set<String> source, Set<String> target) {
        int matched = 0;
        for (String anchor : source) {
            if (target.contains(anchor)
                    || anchor.length() >= STEM
                            && target.stream()
                                    .anyMatch(w -> w.length() >= STEM && w.startsWith(anchor.substring(0, STEM)))) {
                matched++;
            }
        }
        return matched;
    }

    /** Every word and number of a text, lowercased; what a source anchor is looked up in. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (Words.Token token : Words.tokens(text)) {
            words.add(token.lower());
        }
        words.addAll(of(text));
        return words;
    }
}

package warta.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that survive translation unchanged and so tie a source sentence to its translation:
 * numbers (compared by their digits, so "3.000" ties to "3,000") and capitalised words other
 * than a sentence's first (names: "Denmark", "Andersen", "KPK"), and a sentence's first word when
 * it shows nothing Indonesian ("Iran", "Kontraktor"). A capitalised word the {@link Lexicon} knows
 * is no anchor ("Rumah" in a title-case headline): it is looked up as a word. A capitalised source
 * word ties to a target word sharing its first five letters once spellings are brought together
 * ("Presiden", "President"; "Kontraktor", "contractor"). Stateless.
 */
final class Anchors {

    private static final int STEM = 5;

    private Anchors() {}

    /** The anchors of one text, lowercased; numbers as their digits. */
    static Set<String> of(String text) {
        Set<String> anchors = new HashSet<>();
        List<Words.Token> tokens = Words.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Words.Token token = tokens.get(i);
            if (token.capitalised()
                    && !Words.isEnglishFunctionWord(token.text())
                    && !Words.INDONESIAN.contains(token.lower())
                    && Lexicon.renderings(token.lower()).isEmpty()
                    && (i > 0 || !Words.isIndonesianEvidence(token.text()))) {
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
            String stem = anchor.length() >= STEM ? Coverage.spelling(anchor).substring(0, STEM) : null;
            if (target.contains(anchor)
                    || stem != null
                            && target.stream()
                                    .anyMatch(w -> w.length() >= STEM
                                            && Coverage.spelling(w).startsWith(stem))) {
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

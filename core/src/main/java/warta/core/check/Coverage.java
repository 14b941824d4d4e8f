package warta.core.check;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of an Indonesian sentence an English text accounts for: the share of the sentence's
 * evidence words that the English holds. Evidence words are its anchors (numbers and names, see
 * {@link Anchors}) and its content words that the {@link Lexicon} knows; Indonesian function
 * words are not evidence, since their renderings ("will", "not", "also") stand in any English
 * sentence. A sentence with no evidence words has no coverage to report ({@link #known()} is 0).
 * Stateless and thread-safe.
 */
record Coverage(int known, int found) {

    static final int COGNATE = 5;

    /** Indonesian and English spellings brought together: k and c, f and ph, i and y. */
    static String spelling(String word) {
        return word.replace("ph", "f").replace('k', 'c').replace('y', 'i').replace('q', 'c');
    }

    /** The coverage of {@code indonesian} by {@code english}. */
    static Coverage of(String indonesian, String english) {
        return of(indonesian, Target.of(english));
    }

    static Coverage of(String indonesian, Target english) {
        Set<String> anchors = Anchors.of(indonesian);
        int known = anchors.size();
        int found = Anchors.matched(anchors, english.words());
        Set<String> seen = new HashSet<>();
        for (Words.Token token : Words.tokens(indonesian)) {
            String lower = token.lower();
            if (anchors.contains(lower) || Words.INDONESIAN.contains(lower) || !seen.add(lower)) {
                continue;
            }
            List<String> renderings = Lexicon.renderings(lower);
            if (!renderings.isEmpty()) {
                known++;
                found += Lexicon.rendered(renderings, english.words(), english.text()) ? 1 : 0;
            } else if (english.hasCognate(lower)) {
                known++;
                found++;
            }
        }
        return new Coverage(known, found);
    }

    /** The share of evidence words found, or 1 when there are none. */
    double share() {
        return known == 0 ? 1 : (double) found / known;
    }

    /** English text prepared for look-ups: its words, lowercased, and the text in lowercase. */
    record Target(Set<String> words, String text, Set<String> stems) {

        static Target of(String english) {
            Set<String> words = Anchors.words(english);
            Set<String> stems = new HashSet<>();
            for (String word : words) {
                String spelt = spelling(word);
                if (spelt.length() >= COGNATE && !Words.ENGLISH.contains(word)) {
                    stems.add(spelt.substring(0, COGNATE));
                }
            }
            return new Target(words, " " + english.toLowerCase(Locale.ROOT) + " ", stems);
        }

        /**
         * Whether the English holds a word that starts like this Indonesian one once the two
         * spellings are brought together ("kontraktor" and "contractor", "sektor" and "sector",
         * "inflasi" and "inflation"): loanwords keep their first letters across the languages.
         */
        boolean hasCognate(String indonesian) {
            String spelt = spelling(indonesian);
            return spelt.length() >= COGNATE && stems.contains(spelt.substring(0, COGNATE));
        }
    }
}

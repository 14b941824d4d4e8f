package warta.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The proper names a text names, found the way the checks find them ({@link Capitals}): runs of
 * capitalised words whose capital is not explained otherwise, so the first word of a sentence
 * counts only when it runs straight into another capitalised word ("Presiden Joko Widodo", but
 * not "Namun, Jakarta ..."), and months, weekdays, honorifics and currency codes before an amount
 * never count. Works on either language; a title-cased headline gives only its words in capitals.
 * Stateless and thread-safe.
 */
public final class ProperNames {

    private ProperNames() {}

    /**
     * The names in one sentence, in order, each a run of neighbouring name words as written
     * ("Menteri Luar Negeri Korea Utara Choe Son Hui"); a run stops at punctuation between words.
     */
    public static List<String> in(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<Words.Token> tokens = Words.tokens(sentence);
        boolean titleCase = Capitals.isTitleCase(sentence, tokens);
        List<String> names = new ArrayList<>();
        int runStart = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean name = i < tokens.size() && Capitals.mayBeName(sentence, tokens, i, titleCase);
            boolean joined = name && runStart >= 0 && onlySpaceBetween(sentence, tokens.get(i - 1), tokens.get(i));
            if (runStart >= 0 && !joined) {
                names.add(sentence.substring(
                        tokens.get(runStart).start(), tokens.get(i - 1).end()));
                runStart = -1;
            }
            if (name && runStart < 0) {
                runStart = i;
            }
        }
        return names;
    }

    /**
     * The parts of a name, for comparing names across texts: each word, and each part of a
     * hyphenated word ("Son-hui": "Son", "hui"), as written, without a possessive "'s" or an
     * acronym's plural "s" ("RTs": "RT").
     */
    public static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (Words.Token token : Words.tokens(name)) {
            for (String part : token.text().replaceAll("['’]s$", "").split("[-'’]")) {
                if (!part.isEmpty()) {
                    parts.add(Capitals.singular(part));
                }
            }
        }
        return parts;
    }

    private static boolean onlySpaceBetween(String sentence, Words.Token left, Words.Token right) {
        return sentence.substring(left.end(), right.start()).isBlank();
    }
}

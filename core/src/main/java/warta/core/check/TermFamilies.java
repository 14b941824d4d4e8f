package warta.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English renderings of one term, grouped into the ways of rendering it that a reader would
 * tell apart: "Foreign Ministry" and "Ministry of Foreign Affairs" are two, while "US" and
 * "United States" are one (an abbreviation of the other), and so are "South-east Asia" and
 * "Southeast Asia" (the same letters), "defence minister" and "defense minister" (the same
 * {@linkplain Spelling#skeleton spelling skeleton}) and "Eid" and "Eid al-Fitr" (one inside the other).
 *
 * <p>Only renderings of at least two words found a way: single words such as "foreign",
 * "abroad", "American" or "spokesman" are the grammar of the sentence they stand in (an
 * adjective beside a noun, a man or a woman) far more often than a choice between names, so
 * they are joined to the one way they abbreviate or lie inside, and left out when they fit none
 * or more than one. Stateless.
 */
final class TermFamilies {

    private TermFamilies() {}

    /**
     * The ways of rendering a term, each a map from a rendering's {@link Phrases.Text#key} to the
     * rendering; in the order of the renderings given.
     */
    static List<Map<String, String>> of(List<String> renderings) {
        List<Map<String, String>> families = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String rendering : renderings) {
            if (!isPhrase(rendering)) {
                others.add(rendering);
                continue;
            }
            String key = Phrases.Text.key(rendering);
            Map<String, String> family = families.stream()
                    .filter(f -> f.containsKey(key) || f.values().stream().anyMatch(r -> sameLetters(r, rendering)))
                    .findFirst()
                    .orElse(null);
            if (family == null) {
                family = new LinkedHashMap<>();
                families.add(family);
            }
            family.putIfAbsent(key, rendering);
        }
        for (String word : others) {
            List<Map<String, String>> fits = families.stream()
                    .filter(f -> f.values().stream().anyMatch(r -> sameLetters(r, word) || abbreviates(word, r)))
                    .toList();
            if (fits.size() == 1) {
                fits.getFirst().putIfAbsent(Phrases.Text.key(word), word);
            }
        }
        return families;
    }

    /** At least two words, and not an abbreviation ("U.S." has two words and is one). */
    static boolean isPhrase(String rendering) {
        return Phrases.Text.of(rendering).words().size() >= 2 && hasLowerCase(rendering);
    }

    /** Whether one has the letters of the other, in any case, ignoring spaces and punctuation. */
    private static boolean sameLetters(String one, String other) {
        String a = letters(one);
        String b = letters(other);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /**
     * Whether {@code abbreviation} (no lower-case letter) spells the initials of {@code phrase}'s
     * words, a word in capitals counting whole: "UNSC" of "UN Security Council", "PM" of "prime
     * minister".
     */
    static boolean abbreviates(String abbreviation, String phrase) {
        if (hasLowerCase(abbreviation)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : Phrases.Text.of(phrase).words()) {
            initials.append(hasLowerCase(word) ? word.substring(0, 1) : word);
        }
        return initials.length() > 1 && initials.toString().equalsIgnoreCase(letters(abbreviation));
    }

    private static boolean hasLowerCase(String text) {
        return text.chars().anyMatch(Character::isLowerCase);
    }

    private static String letters(String text) {
        return String.join("", Phrases.Text.of(text).words()).toLowerCase(Locale.ROOT);
    }
}

package warta.bench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a stand-in English sentence for an Indonesian one: about as many characters as the
 * source (within a word of it), ordinary English words cycled from a fixed phrase starting at one
 * of its clauses ("The plan would continue ..."), and every
 * source token that contains a digit kept verbatim (stripped of surrounding punctuation), in
 * source order at about the same relative place. The result starts with a capital, ends with a
 * full stop, and has no other capitalised word unless the source's numbered tokens have one
 * ("Rp5"). Deterministic and stateless.
 */
final class EnglishFiller {

    private static final String[] WORDS = ("the officials said that the plan would continue across the region "
                    + "after the meeting with local leaders and residents")
            .split(" ");
    /** Where "the" starts a clause in {@link #WORDS}: every sentence starts at one of these. */
    private static final int[] STARTS = {0, 4, 9, 12};

    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{Ps}\\p{Pi}\"'.,;:!?]+|[\\p{Pe}\\p{Pf}\"'.,;:!?]+$");

    private EnglishFiller() {}

    /** The English stand-in for {@code source}; {@code offset} picks which clause of the phrase it starts with. */
    static String sentence(String source, int offset) {
        List<String> numbers = numbers(source);
        int target = Math.max(source.strip().length(), 8);
        List<String> out = new ArrayList<>();
        int length = -1;
        int word = STARTS[Math.floorMod(offset, STARTS.length)];
        int next = 0;
        while (length + 1 < target || next < numbers.size()) {
            String token =
                    dueNumber(numbers, next, length, target) ? numbers.get(next++) : WORDS[word++ % WORDS.length];
            out.add(token);
            length += token.length() + 1;
        }
        String text = String.join(" ", out);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** The source's tokens a translation keeps: those with a digit, and names after the first token. */
    static List<String> numbers(String source) {
        List<String> kept = new ArrayList<>();
        String[] tokens = source.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = EDGE_PUNCTUATION.matcher(tokens[i]).replaceAll("");
            boolean digit = token.chars().anyMatch(Character::isDigit);
            boolean capitalised = !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
            boolean name = capitalised
                    && (i > 0
                            || !token.chars().allMatch(Character::isLetter)
                            || token.length() > 1 && token.equals(token.toUpperCase(java.util.Locale.ROOT)));
            if (digit || name) {
                kept.add(token);
            }
        }
        return kept;
    }

    /** Whether the next number is due: never first, then spread evenly over the sentence. */
    private static boolean dueNumber(List<String> numbers, int next, int length, int target) {
        if (next >= numbers.size() || length < 0) {
            return false;
        }
        return length + 1 >= target || length >= (long) target * (next + 1) / (numbers.size() + 1);
    }
}

package warta.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** N-gram counts, as the metrics' definitions count them. */
final class NGrams {

    private NGrams() {}

    /** Counts of the character n-grams of order {@code n} (in code points) of {@code line}. */
    static Map<String, Integer> chars(int[] codePoints, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= codePoints.length; i++) {
            counts.merge(new String(codePoints, i, n), 1, Integer::sum);
        }
        return counts;
    }

    /** Counts of the word n-grams of order {@code n}, each the words joined by one space. */
    static Map<String, Integer> words(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The clipped matches: each n-gram of {@code hyp} counted at most as often as in {@code ref}. */
    static int matches(Map<String, Integer> hyp, Map<String, Integer> ref) {
        int matches = 0;
        for (Map.Entry<String, Integer> e : hyp.entrySet()) {
            Integer inRef = ref.get(e.getKey());
            if (inRef != null) {
                matches += Math.min(e.getValue(), inRef);
            }
        }
        return matches;
    }
}

package warta.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ROUGE-N, ROUGE-L and ROUGE-Lsum (Lin 2004) of one prediction against one target, as Google's
 * rouge-score computes them with its default tokenizer and no stemmer: lowercased, every run of
 * characters other than ASCII letters and digits a separator. ROUGE-N counts clipped n-gram
 * matches; ROUGE-L uses the longest common subsequence; ROUGE-Lsum the union of the LCS of each
 * target line with every prediction line (lines split at newlines), each token counted once.
 * Stateless.
 */
public final class Rouge {

    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Rouge() {}

    /**
     * Precision, recall and their harmonic mean (F1), each 0 to 1.
     *
     * @param precision matches over the prediction's count
     * @param recall matches over the target's count
     * @param fmeasure F1
     */
    public record Score(double precision, double recall, double fmeasure) {

        static Score of(double precision, double recall) {
            double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            return new Score(precision, recall, f);
        }
    }

    /** The tokens of {@code text} as rouge-score's default tokenizer makes them. */
    public static List<String> tokenize(String text) {
        String lower = SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return PyText.split(lower);
    }

    /** ROUGE-{@code n}. */
    public static Score n(String target, String prediction, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ROUGE-N needs n of at least 1, was " + n);
        }
        Map<String, Integer> targetGrams = NGrams.words(tokenize(target), n);
        Map<String, Integer> predictionGrams = NGrams.words(tokenize(prediction), n);
        int matches = NGrams.matches(targetGrams, predictionGrams);
        double precision = (double) matches / Math.max(NGrams.total(predictionGrams), 1);
        double recall = (double) matches / Math.max(NGrams.total(targetGrams), 1);
        return Score.of(precision, recall);
    }

    /** ROUGE-L: the longest common subsequence of the two token sequences. */
    public static Score l(String target, String prediction) {
        List<String> t = tokenize(target);
        List<String> p = tokenize(prediction);
        if (t.isEmpty() || p.isEmpty()) {
            return new Score(0, 0, 0);
        }
        int lcs = lcsTable(t, p)[t.size()][p.size()];
        return Score.of((double) lcs / p.size(), (double) lcs / t.size());
    }

    /** ROUGE-Lsum: summary-level LCS over lines (split at newlines; empty lines left out). */
    public static Score lsum(String target, String prediction) {
        return summaryLevel(lines(target), lines(prediction));
    }

    private static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(tokenize(line));
            }
        }
        return lines;
    }

    /** Summary-level LCS of tokenized target lines against tokenized prediction lines. */
    static <T> Score summaryLevel(List<List<T>> target, List<List<T>> prediction) {
        int m = target.stream().mapToInt(List::size).sum();
        int n = prediction.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return new Score(0, 0, 0);
        }
        Map<T, Integer> targetLeft = counts(target);
        Map<T, Integer> predictionLeft = counts(prediction);
        int hits = 0;
        for (List<T> line : target) {
            for (T token : unionLcs(line, prediction)) {
                if (predictionLeft.getOrDefault(token, 0) > 0 && targetLeft.getOrDefault(token, 0) > 0) {
                    hits++;
                    predictionLeft.merge(token, -1, Integer::sum);
                    targetLeft.merge(token, -1, Integer::sum);
                }
            }
        }
        return Score.of((double) hits / n, (double) hits / m);
    }

    private static <T> Map<T, Integer> counts(List<List<T>> lines) {
        Map<T, Integer> counts = new HashMap<>();
        lines.forEach(line -> line.forEach(token -> counts.merge(token, 1, Integer::sum)));
        return counts;
    }

    /** The tokens of {@code ref} in the union of its LCS with each candidate, in order. */
    static <T> List<T> unionLcs(List<T> ref, List<List<T>> candidates) {
        TreeSet<Integer> union = new TreeSet<>();
        candidates.forEach(candidate -> union.addAll(lcsIndices(ref, candidate)));
        return union.stream().map(ref::get).toList();
    }

    /** The indices into {@code ref} of one longest common subsequence with {@code can}. */
    static <T> List<Integer> lcsIndices(List<T> ref, List<T> can) {
        int[][] table = lcsTable(ref, can);
        List<Integer> indices = new ArrayList<>();
        int i = ref.size();
        int j = can.size();
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(can.get(j - 1))) {
                indices.addFirst(i - 1);
                i--;
                j--;
            } else if (table[i][j - 1] > table[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return indices;
    }

    static <T> int[][] lcsTable(List<T> ref, List<T> can) {
        int[][] table = new int[ref.size() + 1][can.size() + 1];
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= can.size(); j++) {
                table[i][j] = ref.get(i - 1).equals(can.get(j - 1))
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table;
    }
}

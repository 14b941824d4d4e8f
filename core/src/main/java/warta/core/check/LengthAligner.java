package warta.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gale-Church alignment of two sequences of text units by their character lengths: dynamic
 * programming over beads of 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 units. A bead's cost is minus the log
 * of its prior probability plus, for beads with units on both sides, minus the log of the
 * two-tailed normal probability of the length difference, {@code delta = (l2 - c l1) /
 * sqrt(s2 (l1 + l2 / c) / 2)}. Unlike the original, 1-0 and 0-1 beads cost their prior only:
 * charging them for length would make dropping a long sentence look like merging it with a
 * neighbour, which is exactly the omission this alignment has to expose.
 *
 * <p>{@code c = 1.0} and {@code s2 = 6.8}: English news translations are about as long as their
 * Indonesian source in characters (0.97 on 500 news sentence pairs), with the variance per
 * character that Gale and Church measured. Stateless and thread-safe.
 */
final class LengthAligner {

    static final double RATIO = 1.0;
    static final double VARIANCE = 6.8;
    static final double LEXICAL_WEIGHT = 1.0;
    /**
     * How far, in units, a path may stray from the diagonal, beyond the ratio of the two counts:
     * the search is linear in long texts, and more than this many omissions or merges in a row
     * are not told apart anyway.
     */
    static final int BAND = 8;

    /** A bead: how many source and target units it takes, starting at the given indices. */
    record Bead(int source, int sourceCount, int target, int targetCount) {}

    private static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIORS = {0.89, 0.01, 0.01, 0.02, 0.02, 0.005};

    private LengthAligner() {}

    /** Aligns texts by length and by the evidence words they share (see {@link Coverage}). */
    static List<Bead> align(List<String> sourceTexts, List<String> targetTexts) {
        int[] source = sourceTexts.stream().mapToInt(t -> t.strip().length()).toArray();
        int[] target = targetTexts.stream().mapToInt(t -> t.strip().length()).toArray();
        int n = source.length;
        int m = target.length;
        double[][] cost = new double[n + 1][m + 1];
        int[][] shape = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        long band = (long) n * (BAND + Math.max(n, m) / Math.max(1, Math.min(n, m)));
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                boolean inBand = Math.abs((long) j * n - (long) i * m) <= band;
                for (int s = 0; s < SHAPES.length && (i > 0 || j > 0) && inBand; s++) {
                    int di = SHAPES[s][0];
                    int dj = SHAPES[s][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - di][j - dj]
                            + beadCost(s, sum(source, i - di, i), sum(target, j - dj, j))
                            + lexicalCost(sourceTexts.subList(i - di, i), targetTexts.subList(j - dj, j));
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        shape[i][j] = s;
                    }
                }
            }
        }
        return backtrack(shape, n, m);
    }

    private static List<Bead> backtrack(int[][] shape, int n, int m) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int[] s = SHAPES[shape[i][j]];
            i -= s[0];
            j -= s[1];
            beads.add(new Bead(i, s[0], j, s[1]));
        }
        Collections.reverse(beads);
        return beads;
    }

    /**
     * Minus the log-likelihood ratio, from {@link Coverage}, that the target side of a bead
     * translates its source side: each evidence word of the source found in the target lowers the
     * cost, each one missing raises it, so shared names, numbers and known words outweigh length
     * when lengths leave the choice open.
     */
    private static double lexicalCost(List<String> source, List<String> target) {
        if (source.isEmpty() || target.isEmpty()) {
            return 0;
        }
        return -LEXICAL_WEIGHT * Evidence.translated(Coverage.of(String.join(" ", source), String.join(" ", target)));
    }

    private static double beadCost(int shape, int sourceLength, int targetLength) {
        double prior = -Math.log(PRIORS[shape]);
        if (SHAPES[shape][0] == 0 || SHAPES[shape][1] == 0) {
            return prior;
        }
        return prior + lengthCost(sourceLength, targetLength);
    }

    static double lengthCost(int sourceLength, int targetLength) {
        double mean = (sourceLength + targetLength / RATIO) / 2;
        if (mean == 0) {
            return 0;
        }
        double delta = Math.abs(targetLength - RATIO * sourceLength) / Math.sqrt(mean * VARIANCE);
        double tail = 2 * (1 - normalCdf(delta));
        return -Math.log(Math.max(tail, 1e-12));
    }

    /** Standard normal CDF (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    private static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * x);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
    }

    private static int sum(int[] lengths, int from, int to) {
        int total = 0;
        for (int k = from; k < to; k++) {
            total += lengths[k];
        }
        return total;
    }
}

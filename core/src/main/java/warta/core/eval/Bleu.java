package warta.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * BLEU (Papineni et al. 2002), corpus-level, as sacreBLEU 2 computes it: each segment tokenized
 * (13a by default), clipped n-gram matches against the most of each n-gram in any of its
 * references, the reference length closest to the hypothesis (the shorter on a tie), all summed
 * over the corpus, then the brevity penalty times the geometric mean of the precisions. An order
 * whose precision is 0 is smoothed as {@code smoothing} says. Scores are 0 to 100. Immutable and
 * thread-safe.
 *
 * @param tokenizer how segments are split into words
 * @param smoothing how a zero precision is replaced
 * @param smoothValue the value of {@link Smoothing#FLOOR} and {@link Smoothing#ADD_K}, or null for
 *     their defaults (0.1 and 1)
 * @param effectiveOrder stop at the highest order that has any n-grams (for single sentences)
 * @param maxOrder the longest n-gram (4)
 * @param lowercase compare case-insensitively
 */
public record Bleu(
        Tokenizer tokenizer,
        Smoothing smoothing,
        Double smoothValue,
        boolean effectiveOrder,
        int maxOrder,
        boolean lowercase) {

    /** How segments are split into words. */
    public enum Tokenizer {
        /** mteval-v13a's rules ({@link Tokenizer13a}), sacreBLEU's default. */
        THIRTEEN_A,
        /** Whitespace only. */
        NONE
    }

    /** Smoothing methods of Chen and Cherry (2014), named as sacreBLEU names them. */
    public enum Smoothing {
        /** No smoothing: a zero precision makes the score 0. */
        NONE,
        /** Method 1: a zero count becomes {@code smoothValue} (0.1). */
        FLOOR,
        /** Method 2: {@code smoothValue} (1) added to the counts of orders above 1. */
        ADD_K,
        /** Method 3, mteval-v13a's: the k-th zero precision becomes 1 / (2^k * total). */
        EXP
    }

    public Bleu {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(smoothing, "smoothing");
        if (maxOrder < 1) {
            throw new IllegalArgumentException("maxOrder must be at least 1, was " + maxOrder);
        }
    }

    /** sacreBLEU's defaults: 13a tokens, exp smoothing, 4-grams, case-sensitive. */
    public static Bleu standard() {
        return new Bleu(Tokenizer.THIRTEEN_A, Smoothing.EXP, null, false, 4, false);
    }

    /** The corpus score of {@code hypotheses} against one reference each. */
    public BleuScore corpusScore(List<String> hypotheses, List<String> references) {
        return corpusScoreMulti(hypotheses, List.of(references));
    }

    /**
     * The corpus score of {@code hypotheses} against reference streams: {@code streams.get(k).get(i)}
     * is the k-th reference of the i-th hypothesis, or null where it has none.
     */
    public BleuScore corpusScoreMulti(List<String> hypotheses, List<List<String>> streams) {
        Objects.requireNonNull(hypotheses, "hypotheses");
        Scoring.checkStream(streams, hypotheses.size());
        long[] correct = new long[maxOrder];
        long[] total = new long[maxOrder];
        long sysLen = 0;
        long refLen = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            List<String> refs = new ArrayList<>();
            for (List<String> stream : streams) {
                if (stream.get(i) != null) {
                    refs.add(stream.get(i));
                }
            }
            List<String> hyp = words(hypotheses.get(i));
            sysLen += hyp.size();
            refLen += segmentStatistics(hyp, refs, correct, total);
        }
        return compute(correct, total, sysLen, refLen);
    }

    /** Adds the segment's matches and totals; returns its closest reference length. */
    private int segmentStatistics(List<String> hyp, List<String> refs, long[] correct, long[] total) {
        Map<String, Integer> most = new HashMap<>();
        int closest = -1;
        for (String ref : refs) {
            List<String> words = words(ref);
            int diff = Math.abs(hyp.size() - words.size());
            int closestDiff = Math.abs(hyp.size() - closest);
            if (closest < 0 || diff < closestDiff || (diff == closestDiff && words.size() < closest)) {
                closest = words.size();
            }
            for (int n = 1; n <= maxOrder; n++) {
                NGrams.words(words, n).forEach((gram, count) -> most.merge(gram, count, Math::max));
            }
        }
        for (int n = 1; n <= maxOrder; n++) {
            Map<String, Integer> grams = NGrams.words(hyp, n);
            total[n - 1] += NGrams.total(grams);
            correct[n - 1] += NGrams.matches(grams, most);
        }
        return closest;
    }

    private List<String> words(String segment) {
        String text = lowercase ? segment.toLowerCase(Locale.ROOT) : segment;
        text = text.stripTrailing();
        return PyText.split(tokenizer == Tokenizer.THIRTEEN_A ? Tokenizer13a.tokenize(text) : text);
    }

    /**
     * The score from summed statistics, with this metric's smoothing and order settings.
     *
     * @param correct clipped matches of each order, 1 to {@code maxOrder}
     * @param total n-grams of the hypotheses of each order
     */
    public BleuScore compute(long[] correct, long[] total, long sysLen, long refLen) {
        double bp = 1.0;
        if (sysLen < refLen) {
            bp = sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0;
        }
        double[] precisions = new double[maxOrder];
        double[] matches = new double[maxOrder];
        double[] totals = new double[maxOrder];
        boolean anyCorrect = false;
        for (int k = 0; k < maxOrder; k++) {
            matches[k] = correct[k];
            totals[k] = total[k];
            anyCorrect |= correct[k] != 0;
        }
        if (!anyCorrect) {
            return new BleuScore(0.0, correct, total, precisions, bp, sysLen, refLen);
        }
        double value = smoothValue != null ? smoothValue : smoothing == Smoothing.ADD_K ? 1.0 : 0.1;
        double mteval = 1.0;
        int order = maxOrder;
        for (int n = 1; n <= maxOrder; n++) {
            if (smoothing == Smoothing.ADD_K && n > 1) {
                matches[n - 1] += value;
                totals[n - 1] += value;
            }
            if (totals[n - 1] == 0) {
                break;
            }
            if (effectiveOrder) {
                order = n;
            }
            if (matches[n - 1] == 0) {
                if (smoothing == Smoothing.EXP) {
                    mteval *= 2;
                    precisions[n - 1] = 100.0 / (mteval * totals[n - 1]);
                } else if (smoothing == Smoothing.FLOOR) {
                    precisions[n - 1] = 100.0 * value / totals[n - 1];
                }
            } else {
                precisions[n - 1] = 100.0 * matches[n - 1] / totals[n - 1];
            }
        }
        double logSum = 0;
        for (int k = 0; k < order; k++) {
            logSum += precisions[k] == 0.0 ? -9999999999.0 : Math.log(precisions[k]);
        }
        return new BleuScore(bp * Math.exp(logSum / order), correct, total, precisions, bp, sysLen, refLen);
    }
}

package warta.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * chrF and chrF++ (Popović 2015, 2017), corpus-level, as sacreBLEU 2 computes them: character
 * n-grams up to {@code charOrder} with whitespace removed (unless {@code whitespace}), word n-grams
 * up to {@code wordOrder} after splitting punctuation off the ends of words, match counts summed
 * over the corpus (for each segment, the statistics of the reference with the best F score), then
 * one F-beta score over the averaged precision and recall. With {@code epsSmoothing} the F scores of
 * the orders are averaged instead, with an order that has no n-grams counted as (almost) zero, as
 * chrF++.py, Moses and NLTK do. Scores are 0 to 100. Immutable and thread-safe.
 *
 * @param charOrder the longest character n-gram (6 for chrF)
 * @param wordOrder the longest word n-gram (0 for chrF, 2 for chrF++)
 * @param beta how much more recall weighs than precision (2)
 * @param whitespace whether spaces are part of character n-grams (false)
 * @param epsSmoothing average per-order F scores (true) or the effective-order average of
 *     precisions and recalls (false: sacreBLEU's default)
 * @param lowercase compare case-insensitively (false)
 */
public record Chrf(
        int charOrder, int wordOrder, int beta, boolean whitespace, boolean epsSmoothing, boolean lowercase) {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final double EPS = 1e-16;

    public Chrf {
        if (charOrder < 1) {
            throw new IllegalArgumentException("charOrder must be at least 1, was " + charOrder);
        }
        if (wordOrder < 0) {
            throw new IllegalArgumentException("wordOrder must be at least 0, was " + wordOrder);
        }
        if (beta < 1) {
            throw new IllegalArgumentException("beta must be at least 1, was " + beta);
        }
    }

    /** chrF with sacreBLEU's defaults: character 6-grams, beta 2. */
    public static Chrf chrF() {
        return new Chrf(6, 0, 2, false, false, false);
    }

    /** chrF++ with sacreBLEU's defaults: character 6-grams and word 2-grams, beta 2. */
    public static Chrf chrFPlusPlus() {
        return new Chrf(6, 2, 2, false, false, false);
    }

    /** The corpus score of {@code hypotheses} against one reference each. */
    public double corpusScore(List<String> hypotheses, List<String> references) {
        return corpusScoreMulti(hypotheses, List.of(references));
    }

    /**
     * The corpus score of {@code hypotheses} against reference streams: {@code streams.get(k).get(i)}
     * is the k-th reference of the i-th hypothesis, or null where it has none.
     */
    public double corpusScoreMulti(List<String> hypotheses, List<List<String>> streams) {
        Objects.requireNonNull(hypotheses, "hypotheses");
        Scoring.checkStream(streams, hypotheses.size());
        long[] totals = new long[3 * (charOrder + wordOrder)];
        for (int i = 0; i < hypotheses.size(); i++) {
            List<List<Map<String, Integer>>> refs = new ArrayList<>();
            for (List<String> stream : streams) {
                if (stream.get(i) != null) {
                    refs.add(ngrams(stream.get(i)));
                }
            }
            int[] best = bestStatistics(ngrams(hypotheses.get(i)), refs);
            for (int k = 0; k < best.length; k++) {
                totals[k] += best[k];
            }
        }
        return fScore(totals);
    }

    /** The score of one hypothesis against its references. */
    public double sentenceScore(String hypothesis, List<String> references) {
        return corpusScoreMulti(
                List.of(hypothesis), references.stream().map(List::of).toList());
    }

    private int[] bestStatistics(List<Map<String, Integer>> hyp, List<List<Map<String, Integer>>> refs) {
        int[] best = new int[3 * hyp.size()];
        double bestF = -1;
        for (List<Map<String, Integer>> ref : refs) {
            int[] stats = new int[3 * hyp.size()];
            for (int k = 0; k < hyp.size(); k++) {
                Map<String, Integer> r = ref.get(k);
                stats[3 * k] = r.isEmpty() ? 0 : NGrams.total(hyp.get(k));
                stats[3 * k + 1] = NGrams.total(r);
                stats[3 * k + 2] = NGrams.matches(hyp.get(k), r);
            }
            double f = fScore(toLongs(stats));
            if (f > bestF) {
                bestF = f;
                best = stats;
            }
        }
        return best;
    }

    private static long[] toLongs(int[] values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return longs;
    }

    /** The counts of every order: character orders first, then word orders. */
    private List<Map<String, Integer>> ngrams(String segment) {
        String text = lowercase ? segment.toLowerCase(Locale.ROOT) : segment;
        int[] chars =
                (whitespace ? text : PyText.removeSpaces(text)).codePoints().toArray();
        List<Map<String, Integer>> all = new ArrayList<>();
        for (int n = 1; n <= charOrder; n++) {
            all.add(NGrams.chars(chars, n));
        }
        if (wordOrder > 0) {
            List<String> words = splitPunctuation(text);
            for (int n = 1; n <= wordOrder; n++) {
                all.add(NGrams.words(words, n));
            }
        }
        return all;
    }

    /** Words, with one punctuation mark split off the end of a word, or else off its start. */
    private static List<String> splitPunctuation(String text) {
        List<String> words = new ArrayList<>();
        for (String w : PyText.split(text)) {
            if (w.codePointCount(0, w.length()) == 1) {
                words.add(w);
            } else if (PUNCTUATION.indexOf(w.charAt(w.length() - 1)) >= 0) {
                words.add(w.substring(0, w.length() - 1));
                words.add(w.substring(w.length() - 1));
            } else if (PUNCTUATION.indexOf(w.charAt(0)) >= 0) {
                words.add(w.substring(0, 1));
                words.add(w.substring(1));
            } else {
                words.add(w);
            }
        }
        return words;
    }

    private double fScore(long[] stats) {
        double factor = (double) beta * beta;
        int orders = charOrder + wordOrder;
        double score = 0;
        double avgPrecision = 0;
        double avgRecall = 0;
        int effective = 0;
        for (int k = 0; k < orders; k++) {
            long hyp = stats[3 * k];
            long ref = stats[3 * k + 1];
            long match = stats[3 * k + 2];
            double precision = hyp > 0 ? (double) match / hyp : EPS;
            double recall = ref > 0 ? (double) match / ref : EPS;
            double denominator = factor * precision + recall;
            score += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPS;
            if (hyp > 0 && ref > 0) {
                avgPrecision += precision;
                avgRecall += recall;
                effective++;
            }
        }
        if (epsSmoothing) {
            return 100 * score / orders;
        }
        if (effective == 0) {
            return 0;
        }
        avgPrecision /= effective;
        avgRecall /= effective;
        if (avgPrecision + avgRecall == 0) {
            return 0;
        }
        return 100 * (1 + factor) * avgPrecision * avgRecall / (factor * avgPrecision + avgRecall);
    }
}

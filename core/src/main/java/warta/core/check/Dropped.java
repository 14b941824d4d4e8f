package warta.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the source sentences a translation leaves out. For each sentence it weighs two pieces of
 * evidence (see {@link Evidence}) for the hypothesis that the sentence was dropped: its evidence
 * words are missing from the translation, and the translation's length fits the source without
 * the sentence better than with it. The sentence with the highest combined log-likelihood ratio
 * is reported when that ratio exceeds {@value #THRESHOLD}; the search then repeats without it,
 * so several dropped sentences are found one at a time. Reporting the sentence the evidence
 * points at, rather than the one a length alignment leaves over, keeps a dropped sentence from
 * being blamed on a neighbour of similar length. {@link #inAlignment} first aligns sentence with
 * sentence, so that only a sentence nothing in the translation can stand for is weighed at all.
 * Stateless.
 */
final class Dropped {

    static final double LENGTH_WEIGHT = 2.0;
    static final double THRESHOLD = 1.0;
    static final double WITHOUT_LENGTH = 6.0;
    static final double LEFT_OUT = 2.0;

    private Dropped() {}

    /**
     * Indices of the sentences judged dropped once the sentences are aligned with the English
     * sentences ({@link LengthAligner}: length, numbers, names and lexicon words), in increasing
     * order. A sentence the alignment pairs with English on its own is never dropped, however
     * freely that English renders it. The evidence is weighed only over a run of beads that holds
     * a merge or a sentence left without English, between two one-to-one neighbours ({@link
     * #inRun}), so a sentence merged into its neighbour's English is found there. When the English
     * has at least as many sentences as the source, every source sentence may have one standing
     * for it: a sentence is then reported only when its own words are missing from the whole
     * English by a log-likelihood ratio above {@value #WITHOUT_LENGTH}.
     */
    static List<Integer> inAlignment(List<String> sentences, List<String> englishSentences) {
        boolean enough = englishSentences.size() >= sentences.size();
        Coverage.Target whole = Coverage.Target.of(String.join(" ", englishSentences));
        List<LengthAligner.Bead> beads = LengthAligner.align(sentences, englishSentences);
        List<Integer> dropped = new ArrayList<>();
        int start = 0;
        for (int b = 1; b <= beads.size(); b++) {
            if (b == beads.size() || matched(beads.get(b - 1)) && matched(beads.get(b))) {
                for (int k : inRun(beads.subList(start, b), sentences, englishSentences, !enough)) {
                    if (!enough || -Evidence.translated(Coverage.of(sentences.get(k), whole)) > WITHOUT_LENGTH) {
                        dropped.add(k);
                    }
                }
                start = b;
            }
        }
        dropped.sort(null);
        return dropped;
    }

    /**
     * The sentences of one run of beads judged dropped, as indices into {@code sentences}: those
     * {@link #find} picks against the run's English, and, when {@code leftOut} is set, a sentence
     * the alignment left without English whose own words the run's English lacks, by a
     * log-likelihood ratio above {@value #LEFT_OUT} (the alignment has weighed its length already).
     * At least one sentence of the run is always taken as translated.
     */
    private static List<Integer> inRun(
            List<LengthAligner.Bead> run, List<String> sentences, List<String> english, boolean leftOut) {
        LengthAligner.Bead first = run.getFirst();
        LengthAligner.Bead last = run.getLast();
        List<String> own = sentences.subList(first.source(), last.source() + last.sourceCount());
        String theirs = String.join(" ", english.subList(first.target(), last.target() + last.targetCount()));
        List<Integer> found = new ArrayList<>();
        if (theirs.isBlank()) {
            return found;
        }
        find(own, theirs).forEach(k -> found.add(first.source() + k));
        Coverage.Target target = Coverage.Target.of(theirs);
        for (LengthAligner.Bead bead : run) {
            if (!leftOut || bead.targetCount() > 0 && bead.sourceCount() < 2) {
                continue;
            }
            for (int k = bead.source(); k < bead.source() + bead.sourceCount(); k++) {
                if (!found.contains(k)
                        && found.size() < own.size() - 1
                        && -Evidence.translated(Coverage.of(sentences.get(k), target)) > LEFT_OUT) {
                    found.add(k);
                }
            }
        }
        return found;
    }

    private static boolean matched(LengthAligner.Bead bead) {
        return bead.sourceCount() > 0 && bead.targetCount() > 0;
    }

    /** Indices of the sentences judged dropped, in increasing order. */
    static List<Integer> find(List<String> sentences, String translation) {
        Coverage.Target target = Coverage.Target.of(translation);
        int targetLength = translation.strip().length();
        double[] lexical = new double[sentences.size()];
        int sourceLength = -1;
        for (int k = 0; k < sentences.size(); k++) {
            lexical[k] = -Evidence.translated(Coverage.of(sentences.get(k), target));
            sourceLength += sentences.get(k).length() + 1;
        }
        List<Integer> dropped = new ArrayList<>();
        while (dropped.size() < sentences.size() - 1) {
            double present = Evidence.lengthDeviation(sourceLength, targetLength);
            int best = -1;
            double bestScore = THRESHOLD;
            for (int k = 0; k < sentences.size(); k++) {
                if (dropped.contains(k)) {
                    continue;
                }
                double absent =
                        Evidence.lengthDeviation(sourceLength - sentences.get(k).length() - 1, targetLength);
                double score = lexical[k] + LENGTH_WEIGHT * (present * present - absent * absent) / 2;
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            dropped.add(best);
            sourceLength -= sentences.get(best).length() + 1;
        }
        dropped.sort(null);
        return dropped;
    }
}

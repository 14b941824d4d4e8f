package warta.core.eval;

/**
 * A BLEU score and the statistics it was computed from.
 *
 * @param score 0 to 100
 * @param correct clipped n-gram matches of each order
 * @param total hypothesis n-grams of each order
 * @param precisions the (smoothed) precision of each order, 0 to 100
 * @param brevityPenalty 1, or less when the hypotheses are shorter than the references
 * @param sysLen words in the hypotheses
 * @param refLen words in the closest references
 */
public record BleuScore(
        double score,
        long[] correct,
        long[] total,
        double[] precisions,
        double brevityPenalty,
        long sysLen,
        long refLen) {

    public BleuScore {
        correct = correct.clone();
        total = total.clone();
        precisions = precisions.clone();
    }

    @Override
    public long[] correct() {
        return correct.clone();
    }

    @Override
    public long[] total() {
        return total.clone();
    }

    @Override
    public double[] precisions() {
        return precisions.clone();
    }
}

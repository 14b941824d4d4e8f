package warta.core.batch.dedup;

/**
 * How a signature is cut into LSH bands: {@code bands} bands of {@code rows} positions each. Two
 * signatures become candidates when they agree on all positions of at least one band, which for
 * Jaccard similarity {@code s} happens with probability {@code 1 - (1 - s^rows)^bands}, an S-curve
 * that rises around {@code (1/bands)^(1/rows)}. Candidates are then checked on the whole
 * signature, so a band choice can only lose duplicates (when the curve is low at the threshold)
 * or waste time (when it is high far below it).
 *
 * @param bands how many bands
 * @param rows positions per band; {@code bands * rows <= } {@value Signature#SIZE}
 */
record Banding(int bands, int rows) {

    /** The least chance that a pair exactly at the threshold becomes a candidate. */
    static final double RECALL_AT_THRESHOLD = 0.99;

    Banding {
        if (rows < 1 || bands < 1 || bands * rows > Signature.SIZE) {
            throw new IllegalArgumentException("bands x rows must fit " + Signature.SIZE + ": " + bands + " x " + rows);
        }
    }

    /**
     * The banding for {@code threshold}: the most rows per band (fewest candidates below the
     * threshold) whose S-curve still reaches {@link #RECALL_AT_THRESHOLD} at the threshold, with
     * as many bands as fit. For 0.5 that is 42 bands of 3 rows: a pair at 0.5 is a candidate with
     * probability 0.996, one at 0.3 with 0.68, one at 0.1 with 0.04.
     */
    static Banding forThreshold(double threshold) {
        for (int rows = Signature.SIZE; rows > 1; rows--) {
            Banding banding = new Banding(Signature.SIZE / rows, rows);
            if (banding.candidateProbability(threshold) >= RECALL_AT_THRESHOLD) {
                return banding;
            }
        }
        return new Banding(Signature.SIZE, 1);
    }

    /** The chance that two signatures of Jaccard similarity {@code s} share at least one band. */
    double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** The bucket key of band {@code band} of {@code minHashes}: a hash of its rows. */
    int key(int[] minHashes, int band) {
        long h = band;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Shingles.fmix64(h * 0x9e3779b97f4a7c15L + minHashes[i]);
        }
        return (int) h;
    }
}

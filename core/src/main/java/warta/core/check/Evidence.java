package warta.core.check;

/**
 * Log-likelihood ratios that weigh the evidence for an omission. Two sources: the share of a
 * source sentence's evidence words that a translation holds ({@link Coverage}), and how far the
 * translation's length is from what the source's length predicts. The rates are the measured
 * ones: a translation holds about {@value #FOUND_IF_TRANSLATED} of a sentence's evidence words
 * (the lexicon is small, so many renderings are missed), while a text that does not translate
 * the sentence holds about {@value #FOUND_IF_ABSENT} of them by chance. Stateless.
 */
final class Evidence {

    static final double FOUND_IF_TRANSLATED = 0.6;
    static final double FOUND_IF_ABSENT = 0.07;
    private static final double HIT = Math.log(FOUND_IF_TRANSLATED / FOUND_IF_ABSENT);
    private static final double MISS = Math.log((1 - FOUND_IF_TRANSLATED) / (1 - FOUND_IF_ABSENT));

    private Evidence() {}

    /** Log-likelihood ratio that the English translates the sentence, against that it does not. */
    static double translated(Coverage coverage) {
        return coverage.found() * HIT + (coverage.known() - coverage.found()) * MISS;
    }

    /**
     * How many standard deviations the target length lies from the length the source predicts
     * ({@link LengthAligner#RATIO} and {@link LengthAligner#VARIANCE}); negative when short.
     */
    static double lengthDeviation(int sourceLength, int targetLength) {
        if (sourceLength <= 0) {
            return 0;
        }
        return (targetLength - LengthAligner.RATIO * sourceLength) / Math.sqrt(LengthAligner.VARIANCE * sourceLength);
    }
}

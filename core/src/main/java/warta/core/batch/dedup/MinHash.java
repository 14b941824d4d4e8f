package warta.core.batch.dedup;

import java.util.Arrays;

/**
 * The {@value Signature#SIZE} hash functions of a {@link Signature}: {@code h_i(x) = (a_i * x + b_i)
 * >>> 32}, multiply-add-shift hashing of the (already well-mixed) 64-bit shingle hash, with odd
 * {@code a_i} and any {@code b_i} drawn from a SplitMix64-style generator (a Weyl sequence
 * finished with fmix64) started at a fixed seed. It is written out here rather than taken from
 * {@link java.util.SplittableRandom} or {@link java.util.Random} so that nothing outside this file
 * can change the functions: stored signatures must stay comparable with new ones.
 */
final class MinHash {

    static final long SEED = 0x5741525441L; // "WARTA"

    private static final long[] MULTIPLIERS = new long[Signature.SIZE];
    private static final long[] ADDENDS = new long[Signature.SIZE];

    static {
        long state = SEED;
        for (int i = 0; i < Signature.SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            MULTIPLIERS[i] = Shingles.fmix64(state) | 1L;
            state += 0x9e3779b97f4a7c15L;
            ADDENDS[i] = Shingles.fmix64(state);
        }
    }

    private MinHash() {}

    /** The minimum of each hash function over {@code shingles}; all {@link Integer#MAX_VALUE} when there are none. */
    static int[] sketch(long[] shingles) {
        int[] min = new int[Signature.SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < min.length; i++) {
                int h = (int) ((MULTIPLIERS[i] * x + ADDENDS[i]) >>> 32);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return min;
    }

    /** The share of positions where {@code a} and {@code b} agree. */
    static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}

package warta.core.batch.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * A MinHash sketch of a text: for each of {@value #SIZE} hash functions, the least hash over the
 * text's 5-word shingles (see {@link #of}). The share of equal positions in two signatures
 * estimates the Jaccard similarity of the two shingle sets, with a standard error of at most
 * {@code 0.5 / sqrt(128)}, about 0.044.
 *
 * <p>Immutable: the array is copied in and out. Two signatures are equal when their contents are.
 * The hash functions come from a fixed seed and hash only the text's characters, so a text has the
 * same signature in every run and on every JVM, and stored signatures stay comparable.
 *
 * @param minHashes the {@value #SIZE} minimum hashes
 */
public record Signature(int[] minHashes) {

    /** Hash functions, and so the length of every signature. */
    public static final int SIZE = 128;

    public Signature {
        Objects.requireNonNull(minHashes, "minHashes");
        if (minHashes.length != SIZE) {
            throw new IllegalArgumentException("minHashes must hold " + SIZE + " values, not " + minHashes.length);
        }
        minHashes = minHashes.clone();
    }

    /**
     * The signature of an article's cleaned text. The text is normalised (lower case, letters and
     * digits only, whitespace collapsed) and cut into shingles of 5 consecutive words; a text of 1
     * to 4 words is a single shingle of all of them. A text without any letter or digit has the
     * empty signature, every position {@link Integer#MAX_VALUE}, which equals only itself.
     */
    public static Signature of(String cleanedText) {
        Objects.requireNonNull(cleanedText, "cleanedText");
        return new Signature(MinHash.sketch(Shingles.hashes(cleanedText)));
    }

    @Override
    public int[] minHashes() {
        return minHashes.clone();
    }

    /** The estimated Jaccard similarity: the share of positions where the two signatures agree, 0 to 1. */
    public double similarity(Signature other) {
        Objects.requireNonNull(other, "other");
        return MinHash.similarity(minHashes, other.minHashes);
    }

    /** The array itself, for this package's index, which never changes it. */
    int[] values() {
        return minHashes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature other && Arrays.equals(minHashes, other.minHashes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "Signature" + Arrays.toString(Arrays.copyOf(minHashes, 4)).replace("]", ", ...]");
    }
}

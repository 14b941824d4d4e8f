package warta.core.batch.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into the 64-bit hashes of its word shingles. The text is normalised first: lower
 * case, every character that is not a letter or a digit is a word break, so punctuation, quotes
 * and runs of whitespace do not matter. Hashes depend only on the characters (FNV-1a 64 over
 * UTF-16 code units, finished with MurmurHash3's fmix64), never on {@link String#hashCode} or
 * on the JVM, so signatures written by one run are valid in every later one.
 */
public final class Shingles {

    /** Words per shingle. */
    static final int SIZE = 5;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {}

    /** The words of {@code text}: lower case, letters and digits only, in order (also stories' wording). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words joined by single spaces: the text as the signature sees it. */
    static String normalise(String text) {
        return String.join(" ", words(text));
    }

    /**
     * One hash per shingle of {@link #SIZE} consecutive words. A text of fewer words is one shingle
     * of all its words (so two short texts match only when their words are equal); a text without
     * words has no shingles.
     */
    static long[] hashes(String text) {
        List<String> words = words(text);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv1a(words.get(i));
        }
        int size = Math.min(SIZE, wordHashes.length);
        long[] shingles = new long[size == 0 ? 0 : wordHashes.length - size + 1];
        for (int start = 0; start < shingles.length; start++) {
            long h = FNV_OFFSET;
            for (int i = start; i < start + size; i++) {
                h = (h ^ wordHashes[i]) * FNV_PRIME;
            }
            shingles[start] = fmix64(h);
        }
        return shingles;
    }

    static long fnv1a(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's 32-bit finaliser. */
    static int fmix32(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

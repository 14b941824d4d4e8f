package warta.core.story;

import java.util.Arrays;
import java.util.List;
import warta.core.batch.dedup.Shingles;

/**
 * Shared wording between articles: a sentence is shared with another article when one of its
 * runs of {@value #SIZE} consecutive words (lower case, letters and digits only, so punctuation
 * and quotes do not matter) stands in the other article too. Six words in the same order rarely
 * meet by chance in two reports of different events, but one outlet's copy of another's sentence
 * and a quotation both reports carry keep them. Hashes are FNV-1a over the characters, so they are
 * the same in every run and can be stored; each is folded to 32 bits, which two articles' few
 * hundred runs share by chance about once in fifty thousand pairs (and one shared run adds little). Stateless and thread-safe.
 */
final class Wording {

    /** Words per run. */
    static final int SIZE = 6;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Wording() {}

    /** The hashes of the sentence's runs of {@value #SIZE} words; none for a shorter sentence. */
    static int[] runs(String sentence) {
        List<String> words = Shingles.words(sentence);
        int[] runs = new int[Math.max(0, words.size() - SIZE + 1)];
        for (int start = 0; start < runs.length; start++) {
            long h = FNV_OFFSET;
            for (int i = start; i < start + SIZE; i++) {
                for (char c : words.get(i).toCharArray()) {
                    h = (h ^ c) * FNV_PRIME;
                }
                h = (h ^ ' ') * FNV_PRIME;
            }
            runs[start] = (int) (h ^ (h >>> 32));
        }
        return runs;
    }

    /** Every run of the article's sentences, distinct and sorted (for {@link #shared}). */
    static int[] all(List<int[]> sentences) {
        return sentences.stream()
                .flatMapToInt(Arrays::stream)
                .sorted()
                .distinct()
                .toArray();
    }

    /** Whether two articles' runs, as {@link #all} gives them, have one in common: one merge pass. */
    static boolean meet(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** How many of {@code sentences} have a run in {@code other}, runs as {@link #all} gives them. */
    static int shared(List<int[]> sentences, int[] other) {
        int shared = 0;
        for (int[] sentence : sentences) {
            for (int run : sentence) {
                if (Arrays.binarySearch(other, run) >= 0) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }
}

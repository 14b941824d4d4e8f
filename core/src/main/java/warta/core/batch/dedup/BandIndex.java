package warta.core.batch.dedup;

import java.util.Arrays;

/**
 * The LSH buckets: for every band, the entries whose band hashes to the same key, newest first.
 * Entries are numbered 0, 1, 2 ... in the order they are added. Kept in primitive arrays (about
 * 20 bytes per entry and band) because a boxed map of 100,000 articles x 42 bands would take
 * hundreds of megabytes. Not thread-safe: {@link NearDuplicates} guards it.
 */
final class BandIndex {

    /** Returned by {@link #first} and {@link #next} at the end of a bucket. */
    static final int END = -1;

    private final Banding banding;
    private final Table[] heads;
    private int[] next = new int[0];

    BandIndex(Banding banding) {
        this.banding = banding;
        this.heads = new Table[banding.bands()];
        Arrays.setAll(heads, band -> new Table());
    }

    Banding banding() {
        return banding;
    }

    /** Files entry {@code entry}, which must be the next number, under each of its band keys. */
    void add(int entry, int[] minHashes) {
        int bands = banding.bands();
        if ((entry + 1) * bands > next.length) {
            next = Arrays.copyOf(next, Math.max(16 * bands, next.length * 2));
        }
        for (int band = 0; band < bands; band++) {
            next[entry * bands + band] = heads[band].put(banding.key(minHashes, band), entry);
        }
    }

    /** The newest entry in the bucket of band {@code band} of {@code minHashes}, or {@link #END}. */
    int first(int[] minHashes, int band) {
        return heads[band].get(banding.key(minHashes, band));
    }

    /** The entry after {@code entry} in its bucket of band {@code band}, or {@link #END}. */
    int next(int entry, int band) {
        return next[entry * banding.bands() + band];
    }

    /** An open-addressing map from bucket key to newest entry, linear probing. */
    private static final class Table {

        private int[] keys = new int[16];
        private int[] entries = filled(16);
        private int size;

        int get(int key) {
            int mask = keys.length - 1;
            for (int i = Shingles.fmix32(key) & mask; entries[i] != END; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return entries[i];
                }
            }
            return END;
        }

        /** Makes {@code entry} the newest for {@code key}; returns the one it displaces, or {@link #END}. */
        int put(int key, int entry) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = Shingles.fmix32(key) & mask;
            while (entries[i] != END && keys[i] != key) {
                i = (i + 1) & mask;
            }
            int previous = entries[i];
            if (previous == END) {
                size++;
            }
            keys[i] = key;
            entries[i] = entry;
            return previous;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldEntries = entries;
            keys = new int[oldKeys.length * 2];
            entries = filled(oldKeys.length * 2);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldEntries[i] != END) {
                    put(oldKeys[i], oldEntries[i]);
                }
            }
        }

        private static int[] filled(int length) {
            int[] array = new int[length];
            Arrays.fill(array, END);
            return array;
        }
    }
}

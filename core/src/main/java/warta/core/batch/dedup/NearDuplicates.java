package warta.core.batch.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The articles seen so far, by id and {@link Signature}, and for a new one the earlier article it
 * nearly duplicates: the one of highest estimated similarity at or above the threshold, the
 * earliest added among equals.
 *
 * <p>Lookups go through LSH banding ({@link #bands()} x {@link #rows()}, chosen for the threshold):
 * only articles that agree with the new one on all positions of some band are compared, so
 * {@link #add} and {@link #find} take about the same time with 100,000 articles as with ten. A pair
 * at the threshold is found with probability at least 0.99, one well above it all but surely; see
 * {@code docs/duplicates.md}.
 *
 * <p>Re-adding an id with the same signature changes nothing and returns empty, so rerunning a
 * batch is harmless. Re-adding it with a different signature (the outlet changed the story) replaces
 * the old signature: the id then counts as added last. Thread-safe: every method is atomic.
 */
public final class NearDuplicates {

    /**
     * Estimated Jaccard similarity of the 5-word shingles, 0.5. For two texts of equal length that
     * means at least two thirds of each one's shingles are in the other, so what is skipped as a
     * duplicate adds little that the earlier article did not say. Measured ({@code docs/duplicates.md}):
     * copies with one kind of edit (a paragraph or two dropped, four words changed, an outlet's
     * prefix and suffix, two paragraphs swapped) score 0.55 to 1; different articles, and different
     * write-ups of the same event, score at most 0.07.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private record Entry(String id, int[] minHashes) {}

    private final double threshold;
    private final BandIndex index;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> entryById = new HashMap<>();
    private int[] visited = new int[16];
    private int visit;

    /** @param threshold the least estimated similarity of a duplicate, above 0 and at most 1 */
    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
        }
        this.threshold = threshold;
        this.index = new BandIndex(Banding.forThreshold(threshold));
    }

    /**
     * Looks up the earlier article {@code signature} nearly duplicates and records this one under
     * {@code id}. Returns that article's id, or empty when there is none, or when {@code id} is
     * already recorded with this very signature (then nothing changes).
     */
    public synchronized Optional<String> add(String id, Signature signature) {
        Objects.requireNonNull(id, "id");
        int[] minHashes = Objects.requireNonNull(signature, "signature").values();
        Integer old = entryById.get(id);
        if (old != null && Arrays.equals(entries.get(old).minHashes(), minHashes)) {
            return Optional.empty();
        }
        Optional<String> match = lookup(minHashes, old == null ? BandIndex.END : old);
        if (old != null) {
            entries.set(old, null);
        }
        int entry = entries.size();
        entries.add(new Entry(id, minHashes));
        entryById.put(id, entry);
        index.add(entry, minHashes);
        return match;
    }

    /** What {@link #add} would answer for a new id, without recording anything. */
    public synchronized Optional<String> find(Signature signature) {
        return lookup(Objects.requireNonNull(signature, "signature").values(), BandIndex.END);
    }

    /** How many ids are recorded. */
    public synchronized int size() {
        return entryById.size();
    }

    public double threshold() {
        return threshold;
    }

    /** LSH bands the signature is cut into. */
    public int bands() {
        return index.banding().bands();
    }

    /** Signature positions per band. */
    public int rows() {
        return index.banding().rows();
    }

    private Optional<String> lookup(int[] minHashes, int excluded) {
        startVisit();
        int best = BandIndex.END;
        double bestSimilarity = threshold;
        for (int band = 0; band < bands(); band++) {
            for (int e = index.first(minHashes, band); e != BandIndex.END; e = index.next(e, band)) {
                if (visited[e] == visit || e == excluded || entries.get(e) == null) {
                    continue;
                }
                visited[e] = visit;
                double similarity = MinHash.similarity(minHashes, entries.get(e).minHashes());
                if (similarity > bestSimilarity
                        || similarity == bestSimilarity && (best == BandIndex.END || e < best)) {
                    best = e;
                    bestSimilarity = similarity;
                }
            }
        }
        return best == BandIndex.END
                ? Optional.empty()
                : Optional.of(entries.get(best).id());
    }

    /** Marks every entry unvisited in O(1): a visit number instead of clearing an array. */
    private void startVisit() {
        if (visited.length < entries.size()) {
            visited = Arrays.copyOf(visited, Math.max(entries.size(), visited.length * 2));
        }
        if (++visit == Integer.MAX_VALUE) {
            Arrays.fill(visited, 0);
            visit = 1;
        }
    }
}

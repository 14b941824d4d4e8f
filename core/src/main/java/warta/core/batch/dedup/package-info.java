/**
 * Near-duplicate detection for batches: wire stories that many outlets republish with small edits
 * are recognised so that they are not translated and summarised again.
 *
 * <p>{@link warta.core.batch.dedup.Signature} is a MinHash sketch of an article's 5-word shingles;
 * {@link warta.core.batch.dedup.NearDuplicates} finds an earlier article whose estimated Jaccard
 * similarity reaches a threshold, through LSH banding rather than a scan of all pairs; and
 * {@link warta.core.batch.dedup.SignatureStore} keeps the signatures on disk, append-only and
 * crash-safe, so that later batches are compared with earlier ones. The method and its measured
 * accuracy are described in {@code docs/duplicates.md}.
 */
package warta.core.batch.dedup;

package warta.core.digest;

import java.util.List;

/**
 * Where a digest statement's facts come from: one source of the digest and sentences of it.
 *
 * @param source the {@link DigestSource#number()} (1-based)
 * @param sentences 1-based numbers into that source's {@link DigestSource#sentences()}, ascending;
 *     empty when the statement cites the source as a whole
 */
public record Citation(int source, List<Integer> sentences) {

    public Citation {
        if (source < 1) {
            throw new IllegalArgumentException("source must be at least 1, not " + source);
        }
        sentences = List.copyOf(sentences);
    }

    /** The mark a reader sees: {@code [2]} or {@code [2, s3]} or {@code [2, s3-4]}. */
    public String mark() {
        if (sentences.isEmpty()) {
            return "[" + source + "]";
        }
        return "[" + source + ", s"
                + String.join(",", sentences.stream().map(String::valueOf).toList()) + "]";
    }
}

package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * One story of a digest: articles that report the same event ({@code warta.core.story}), told once.
 * Immutable.
 *
 * @param id the story id ({@code s-...}), as {@code warta stories} gives it
 * @param headline an English headline
 * @param firstDate the first day it happened on (ISO), or null when nothing is dated
 * @param lastDate the last day (ISO), or null
 * @param sources the numbers of its {@link DigestSource}s
 * @param sentences a few sentences that tell the story, each citing its sources
 * @param keyPoints its key points, each citing its sources
 * @param disagreements where its outlets differ
 */
public record DigestStory(
        String id,
        String headline,
        String firstDate,
        String lastDate,
        List<Integer> sources,
        List<DigestStatement> sentences,
        List<DigestStatement> keyPoints,
        List<Disagreement> disagreements) {

    public DigestStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headline, "headline");
        sources = List.copyOf(sources);
        sentences = List.copyOf(sentences);
        keyPoints = List.copyOf(keyPoints);
        disagreements = List.copyOf(disagreements);
    }
}

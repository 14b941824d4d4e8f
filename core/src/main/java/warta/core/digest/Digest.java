package warta.core.digest;

import java.util.List;
import java.util.Objects;
import warta.core.usage.Usage;

/**
 * A checked English briefing over several articles: their stories in date order, each told in a
 * few cited sentences, and a short overview. Made by {@code Warta.digest}; rendered by
 * {@link DigestWriter}. Immutable.
 *
 * @param sources the articles, numbered from 1 in this order
 * @param stories the timeline: stories in date order, oldest first (undated ones last)
 * @param overview the briefing's opening sentences; empty for a digest of one story
 * @param checks what the checks found
 * @param usage model requests and tokens of the whole digest (articles reused from a batch output
 *     cost nothing)
 */
public record Digest(
        List<DigestSource> sources,
        List<DigestStory> stories,
        List<DigestStatement> overview,
        DigestChecks checks,
        Usage usage) {

    public Digest {
        sources = List.copyOf(sources);
        stories = List.copyOf(stories);
        overview = List.copyOf(overview);
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(usage, "usage");
    }
}

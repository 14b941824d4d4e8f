package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * One article of a digest, as its source list shows it. Immutable.
 *
 * @param number its number in citations, 1-based, in the order of the digest's source list
 * @param id the article's id
 * @param outlet the outlet, or null when unknown
 * @param published the published date (ISO), or null when unknown
 * @param title its title as published, or null
 * @param location where it came from: a path or a URL
 * @param sentences the article's sentences, as {@code inspect} lists them: what citations' sentence
 *     numbers point into
 */
public record DigestSource(
        int number, String id, String outlet, String published, String title, String location, List<String> sentences) {

    public DigestSource {
        Objects.requireNonNull(id, "id");
        sentences = List.copyOf(sentences);
    }
}

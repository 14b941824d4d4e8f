package warta.server.inspect;

import warta.core.read.ArticleInput;

/**
 * The JSON body of {@code POST /v1/inspect}: the article as core's {@link ArticleInput} takes it
 * ({@code text} or {@code html}, with an optional {@code url} saying where the page came from, or
 * only a {@code url} to fetch), and an optional {@code chunkTokens} budget. Unknown fields are
 * ignored.
 *
 * @param text the article as plain text, or null
 * @param html the article as an HTML page, or null
 * @param url where the article was published (shown as the source, used to resolve links in
 *     {@code html}), or the page to fetch when it comes alone; null when unknown
 * @param chunkTokens token budget of a chunk, or null for the server's default
 */
public record InspectRequest(String text, String html, String url, Integer chunkTokens) {

    /** The article; refuses what {@link ArticleInput} refuses. */
    ArticleInput input() {
        return new ArticleInput(null, text, html, url);
    }
}

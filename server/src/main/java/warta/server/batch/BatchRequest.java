package warta.server.batch;

import java.util.List;

/**
 * The body of {@code POST /v1/batches}: {@code {"articles": [{"id"?, "text" | "html" | "url"}, ...]}}.
 * Checked by {@link BatchResource}, not here, so that every problem is named with its position.
 *
 * @param articles the articles, 1 to {@code warta.batch-max-articles}
 */
public record BatchRequest(List<Article> articles) {

    /**
     * One article: an optional id and exactly one of its text, its HTML or a URL to fetch it from.
     */
    public record Article(String id, String text, String html, String url) {}
}

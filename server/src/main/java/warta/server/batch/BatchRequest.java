package warta.server.batch;

import java.util.List;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;
import warta.core.read.ArticleInput;
import warta.server.ServerSettingNames;

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
    public record Article(String id, String text, String html, String url) {

        /**
         * The article as core's {@link ArticleInput}, at most {@code maxChars} characters long;
         * a refusal names it by {@code where}, its place in the request ({@code articles[2]}).
         *
         * @throws InputException when it is not an article (400)
         * @throws TooLargeException when it is longer than {@code warta.max-article-chars} (413)
         */
        public static ArticleInput input(Article given, String where, int maxChars) {
            if (given == null) {
                throw new InputException(where + ": expected an object such as {\"text\": \"...\"}");
            }
            try {
                return new ArticleInput(given.id(), given.text(), given.html(), given.url())
                        .requireAtMost(maxChars, where, "warta.max-article-chars");
            } catch (TooLargeException e) {
                throw e;
            } catch (InputException e) {
                throw new InputException(where + ": " + e.message(ServerSettingNames.INSTANCE), e);
            }
        }
    }
}

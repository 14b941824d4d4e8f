package warta.server.inspect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import warta.core.error.InputException;
import warta.core.article.Article;
import warta.core.article.Source;

/**
 * The JSON body of {@code POST /v1/inspect}: exactly one of {@code text} (plain article text)
 * and {@code html} (a whole page), an optional {@code url} the article came from, and an
 * optional {@code chunkTokens} budget. Unknown fields are ignored.
 *
 * @param text the article as plain text, or null
 * @param html the article as an HTML page, or null
 * @param url where the article was published; shown as the source and used to resolve links in
 *     {@code html}; null when unknown
 * @param chunkTokens token budget of a chunk, or null for the server's default
 */
public record InspectRequest(String text, String html, String url, Integer chunkTokens) {

    /** The article's content; refuses a request with neither or both of text and html. */
    String content() {
        if ((text == null) == (html == null)) {
            throw new InputException("the request body must have exactly one of \"text\" and \"html\""
                    + (text == null ? ", it has neither" : ", it has both"));
        }
        return text != null ? text : html;
    }

    Article.Format format() {
        return html != null ? Article.Format.HTML : Article.Format.TEXT;
    }

    /** Where the article came from: its URL when given, otherwise the request itself. */
    Source source() {
        if (url == null) {
            return Source.inline();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Source.url(uri.toString());
            }
        } catch (URISyntaxException e) {
            // refused below, with the same message as a URL of another scheme
        }
        throw new InputException("\"url\" must be an absolute http or https URL, not \"" + url + "\"");
    }
}

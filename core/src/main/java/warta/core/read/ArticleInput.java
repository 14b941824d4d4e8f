package warta.core.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;

/**
 * One article as a caller gives it, over HTTP (every endpoint), in a batch job or a JSON Lines
 * line: an optional {@code id} and the article as {@code text} or {@code html} (never both), or
 * only a {@code url} to fetch it from; a {@code url} beside the text or HTML says where the page
 * came from (shown as the source, used to resolve links) and is not fetched. This is the one
 * place these rules are checked; each mistake gets one message, naming the field. Immutable.
 *
 * @param id the caller's id for the result: 1 to {@value ArticleIds#MAX_LENGTH} letters, digits,
 *     '.', '_' or '-'; null to have one made from the source
 * @param text the article as plain text, or null
 * @param html the article as an HTML page, or null
 * @param url an absolute http or https URL (stripped), or null
 * @throws InputException for a missing or doubled article, a blank value, a bad URL or id
 */
public record ArticleInput(String id, String text, String html, String url) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + ArticleIds.MAX_LENGTH + "}");
    /** The most characters of a bad value repeated in a message. */
    private static final int SHOWN = 100;

    public ArticleInput {
        if ((text == null) == (html == null) && (text != null || url == null)) {
            throw new InputException(
                    "expected \"text\" or \"html\" (or only a \"url\"), found " + given(text, html, url));
        }
        requireContent("text", text);
        requireContent("html", html);
        requireContent("url", url);
        url = url == null ? null : checkedUrl(url.strip());
        checkId(id);
    }

    /**
     * {@code id}, when it is null or a usable result id.
     *
     * @throws InputException naming the rule otherwise
     */
    public static String checkId(String id) {
        if (id != null && !ID.matcher(id).matches()) {
            throw new InputException("\"id\" must be 1 to " + ArticleIds.MAX_LENGTH
                    + " letters, digits, '.', '_' or '-', not \"" + shortened(id) + "\"");
        }
        return id;
    }

    public static ArticleInput text(String id, String text) {
        return new ArticleInput(id, text, null, null);
    }

    public static ArticleInput html(String id, String html) {
        return new ArticleInput(id, null, html, null);
    }

    public static ArticleInput url(String id, String url) {
        return new ArticleInput(id, null, null, url);
    }

    /** The same article under another id. */
    public ArticleInput withId(String newId) {
        return new ArticleInput(newId, text, html, url);
    }

    /** Whether the article must be fetched from {@link #url()}. */
    public boolean fetched() {
        return text == null && html == null;
    }

    /** The length of the text or HTML given, 0 for an article to fetch. */
    public int length() {
        return text != null ? text.length() : html != null ? html.length() : 0;
    }

    /**
     * This input, unless its text or HTML is longer than {@code maxChars}.
     *
     * @param where names the input in the message, e.g. "articles[2]"
     * @param setting names where the limit is set, e.g. "warta.max-article-chars"
     * @throws TooLargeException when it is longer
     */
    public ArticleInput requireAtMost(int maxChars, String where, String setting) {
        if (length() > maxChars) {
            throw new TooLargeException(
                    where + " has " + length() + " characters; at most " + maxChars + " are taken (" + setting + ")");
        }
        return this;
    }

    /** The article, read (or fetched) with {@code reader}. */
    public Article read(ArticleReader reader) {
        if (fetched()) {
            return reader.readUrl(URI.create(url));
        }
        Source source = url == null ? Source.inline() : Source.url(url);
        return text != null
                ? reader.fromString(text, source, Article.Format.TEXT)
                : reader.fromString(html, source, Article.Format.HTML);
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null) {
                UrlHost.of(uri); // refuses a host that cannot be fetched, naming it; 127.1 and the like pass
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below, with the same message as a URL of another scheme
        }
        throw new InputException("\"url\" must be an absolute http or https URL, not \"" + shortened(url) + "\"");
    }

    private static void requireContent(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new InputException("\"" + name + "\" must not be blank");
        }
    }

    private static String given(String text, String html, String url) {
        List<String> given = new ArrayList<>();
        if (text != null) {
            given.add("\"text\"");
        }
        if (html != null) {
            given.add("\"html\"");
        }
        if (url != null) {
            given.add("\"url\"");
        }
        return given.isEmpty() ? "none" : String.join(", ", given);
    }

    private static String shortened(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...";
    }
}

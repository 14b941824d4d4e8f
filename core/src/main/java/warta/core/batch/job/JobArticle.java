package warta.core.batch.job;

import java.util.Locale;
import warta.core.error.InputException;

/**
 * One article of a job, as the caller gave it: an optional id and exactly one of the article's
 * text, its HTML, or the {@code http}/{@code https} URL to fetch it from. Immutable.
 *
 * @param id the caller's id for it, or null to have one assigned (see {@link JobStore#create})
 * @param text the article as plain text, or null
 * @param html the article as HTML, or null
 * @param url where to fetch the article, or null
 * @throws InputException when not exactly one of text, html and url is a non-blank string, when
 *     the URL is not http or https, or when the id is blank
 */
public record JobArticle(String id, String text, String html, String url) {

    public JobArticle {
        int given = (text != null ? 1 : 0) + (html != null ? 1 : 0) + (url != null ? 1 : 0);
        if (given != 1) {
            throw new InputException("expected exactly one of \"text\", \"html\" or \"url\", found " + given);
        }
        if (id != null && id.isBlank()) {
            throw new InputException("\"id\" must not be blank");
        }
        requireContent("text", text);
        requireContent("html", html);
        requireContent("url", url);
        if (url != null) {
            url = url.strip();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw new InputException("\"url\" must be an http or https URL: " + url);
            }
        }
    }

    public static JobArticle text(String id, String text) {
        return new JobArticle(id, text, null, null);
    }

    public static JobArticle html(String id, String html) {
        return new JobArticle(id, null, html, null);
    }

    public static JobArticle url(String id, String url) {
        return new JobArticle(id, null, null, url);
    }

    /** The same article under another id. */
    public JobArticle withId(String newId) {
        return new JobArticle(newId, text, html, url);
    }

    /** The length of the text or HTML given, 0 for a URL. */
    public int length() {
        return text != null ? text.length() : html != null ? html.length() : 0;
    }

    private static void requireContent(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new InputException("\"" + name + "\" must not be blank");
        }
    }
}

package warta.server.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import warta.core.error.InputException;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.glossary.Glossary;
import warta.core.glossary.GlossaryEntry;
import warta.core.read.ArticleReader;

/**
 * The JSON body of the model-backed endpoints: exactly one of {@code text} (plain article text),
 * {@code html} (a whole page) and {@code url} (fetched by the server); an optional {@code id} for
 * the result; an optional {@code glossary}, term to English rendering, merged over the built-in
 * glossary for this request only. Unknown fields are ignored.
 *
 * @param text the article as plain text, or null
 * @param html the article as an HTML page, or null
 * @param url where to fetch the article from (http or https), or null
 * @param id the result's id, or null for one made from the source
 * @param glossary extra glossary entries, or null
 */
public record ArticleRequest(String text, String html, String url, String id, Map<String, String> glossary) {

    /** The most glossary entries one request may bring. */
    public static final int MAX_GLOSSARY_ENTRIES = 1000;

    /** The article, read (or fetched) with {@code reader}; refuses anything but exactly one source. */
    Article read(ArticleReader reader) {
        int given = (text != null ? 1 : 0) + (html != null ? 1 : 0) + (url != null ? 1 : 0);
        if (given != 1) {
            throw new InputException("the request body must have exactly one of \"text\", \"html\" and \"url\", it has "
                    + (given == 0 ? "none" : given));
        }
        if (text != null) {
            return reader.fromString(text, Source.inline(), Article.Format.TEXT);
        }
        if (html != null) {
            return reader.fromString(html, Source.inline(), Article.Format.HTML);
        }
        return reader.readUrl(uri());
    }

    /** The request's glossary entries, or null when it brings none. */
    Glossary glossaryOverrides() {
        if (glossary == null || glossary.isEmpty()) {
            return null;
        }
        if (glossary.size() > MAX_GLOSSARY_ENTRIES) {
            throw new InputException("\"glossary\" has " + glossary.size() + " entries; at most "
                    + MAX_GLOSSARY_ENTRIES + " are taken");
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        glossary.forEach((term, rendering) -> entries.add(entry(term, rendering)));
        return Glossary.of(entries);
    }

    private static GlossaryEntry entry(String term, String rendering) {
        if (rendering == null) {
            throw new InputException("\"glossary\": the rendering of \"" + term + "\" is null");
        }
        try {
            return new GlossaryEntry(term, rendering);
        } catch (IllegalArgumentException e) {
            throw new InputException("\"glossary\": " + e.getMessage());
        }
    }

    private URI uri() {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InputException("\"url\" is not a valid URL: " + url + " (" + e.getReason() + ")", e);
        }
    }
}

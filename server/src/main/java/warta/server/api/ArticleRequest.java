package warta.server.api;

import java.util.Map;
import warta.core.glossary.Glossary;
import warta.core.read.ArticleInput;

/**
 * The JSON body of the model-backed endpoints: the article as core's {@link ArticleInput} takes
 * it ({@code text} or {@code html}, or only a {@code url} to fetch; an optional {@code id}), and
 * an optional {@code glossary}, term to English rendering, merged over the built-in glossary for
 * this request only. Unknown fields are ignored.
 *
 * @param text the article as plain text, or null
 * @param html the article as an HTML page, or null
 * @param url where to fetch the article from (http or https), or where the text or HTML came from
 * @param id the result's id, or null for one made from the source
 * @param glossary extra glossary entries, or null
 */
public record ArticleRequest(String text, String html, String url, String id, Map<String, String> glossary) {

    /** The most glossary entries one request may bring. */
    public static final int MAX_GLOSSARY_ENTRIES = 1000;

    /** The article; refuses what {@link ArticleInput} refuses. */
    ArticleInput input() {
        return new ArticleInput(id, text, html, url);
    }

    /** The request's glossary entries, or null when it brings none. */
    Glossary glossaryOverrides() {
        return glossary == null || glossary.isEmpty() ? null : Glossary.fromMap(glossary, MAX_GLOSSARY_ENTRIES);
    }
}

package warta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pulls the article out of a news page: its title, its body as paragraphs, and the metadata the
 * page declares. Navigation, ads, share bars, scripts, related-article lists and link-only
 * "Baca juga" blocks are left out; ordinary text is kept as it is, even when it looks like
 * boilerplate, because cleaning text is a later step. Figure captions are left out too, except
 * on a page that has almost no other body text (a photo gallery), where they are the body.
 *
 * <p>Works on any markup jsoup can parse, never throws on malformed HTML, and returns a page
 * with no paragraphs when there is no body text. Immutable and thread-safe: one instance may be
 * shared; each call parses its own document.
 */
public final class HtmlExtractor {

    /** Below this many characters of body, a page is taken for a gallery and captions count. */
    private static final int MIN_BODY = 80;

    /**
     * Extracts a page.
     *
     * @param html the page's markup, not null
     * @param baseUrl the page's address, used to recognise the site name in the title; may be null
     */
    public Page extract(String html, String baseUrl) {
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMeta meta = MetaReader.read(doc);
        String title = TitleFinder.find(doc, meta.siteName(), baseUrl);
        return new Page(title, body(doc, title), meta);
    }

    private static List<String> body(Document doc, String title) {
        List<String> paragraphs = body(doc.body().clone(), title, false);
        int length = paragraphs.stream().mapToInt(String::length).sum();
        return length >= MIN_BODY ? paragraphs : body(doc.body(), title, true);
    }

    private static List<String> body(Element root, String title, boolean keepCaptions) {
        Boilerplate.strip(root, keepCaptions);
        Element container = ContentScorer.best(root);
        List<String> paragraphs = new ArrayList<>(Paragraphs.of(container));
        if (title != null) {
            String key = title.toLowerCase(Locale.ROOT);
            paragraphs.removeIf(p -> p.toLowerCase(Locale.ROOT).equals(key));
        }
        return paragraphs;
    }
}

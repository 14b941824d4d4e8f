package warta.core.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@link PageMeta} and meta-tag values from a parsed page. */
final class MetaReader {

    private MetaReader() {}

    static PageMeta read(Document doc) {
        return new PageMeta(
                meta(doc, "og:site_name"),
                first(
                        meta(doc, "article:published_time"),
                        meta(doc, "pubdate"),
                        meta(doc, "date"),
                        itemprop(doc, "datePublished"),
                        attr(doc, "time[datetime]", "datetime")),
                first(meta(doc, "author"), meta(doc, "article:author"), byline(doc)),
                first(meta(doc, "og:description"), meta(doc, "description")));
    }

    /** The content of {@code <meta property=key>} or {@code <meta name=key>}, or null. */
    static String meta(Document doc, String key) {
        Element element = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return element == null ? null : blankToNull(element.attr("content"));
    }

    private static String itemprop(Document doc, String key) {
        Element element = doc.selectFirst("[itemprop=" + key + "]");
        if (element == null) {
            return null;
        }
        String value = element.hasAttr("content") ? element.attr("content") : element.attr("datetime");
        return blankToNull(value.isBlank() ? element.text() : value);
    }

    private static String attr(Document doc, String css, String name) {
        Element element = doc.selectFirst(css);
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String byline(Document doc) {
        Element element = doc.selectFirst("[rel=author], .byline, .author, [itemprop=author]");
        if (element == null) {
            return null;
        }
        String text = element.text();
        return text.length() > 100 ? null : blankToNull(text);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

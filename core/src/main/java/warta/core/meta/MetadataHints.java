package warta.core.meta;

/**
 * What an HTML page's own tags say (og:title, og:site_name, article:published_time, author),
 * used when the text itself is silent. Any field may be null.
 *
 * @param title the page's headline
 * @param outlet the site name
 * @param published the publication date or timestamp as the page gives it (ISO or Indonesian)
 * @param byline the author
 */
public record MetadataHints(String title, String outlet, String published, String byline) {

    private static final MetadataHints NONE = new MetadataHints(null, null, null, null);

    public static MetadataHints none() {
        return NONE;
    }
}

package warta.core.extract;

/**
 * What a page says about itself in its markup. Every field is null when the page does not say;
 * values are trimmed and never blank.
 *
 * @param siteName from {@code og:site_name}
 * @param published the publication time exactly as written, from {@code article:published_time},
 *     {@code <meta name=pubdate>}, {@code <meta name=date>}, {@code itemprop=datePublished} or the
 *     first {@code <time datetime>}; not parsed, since sites write it in many forms
 * @param author from {@code <meta name=author>}, {@code article:author} or a byline element
 * @param description from {@code og:description} or {@code <meta name=description>}
 */
public record PageMeta(String siteName, String published, String author, String description) {

    public PageMeta {
        siteName = blankToNull(siteName);
        published = blankToNull(published);
        author = blankToNull(author);
        description = blankToNull(description);
    }

    /** A record with every field null. */
    public static PageMeta empty() {
        return new PageMeta(null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package warta.core.digest;

/** How {@link DigestWriter#render} writes a digest. */
public enum DigestFormat {
    /** Markdown, for reading and for files. */
    MARKDOWN,
    /** The one JSON shape (the record components' names), for programs. */
    JSON,
    /** One self-contained HTML page, its citations linked to the source sentences. */
    HTML;
}

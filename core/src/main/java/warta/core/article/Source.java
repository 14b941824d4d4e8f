package warta.core.article;

/**
 * Where an article came from: a file path, a URL, or neither (standard input or a request
 * body). Shown in results so that a reader can go back to the original.
 *
 * @param path the file path as the user gave it, or {@code "-"} for standard input; null when the
 *     article came from a URL or a request body
 * @param url the URL the article was fetched from; null otherwise
 */
public record Source(String path, String url) {

    private static final Source STDIN = new Source("-", null);
    private static final Source INLINE = new Source(null, null);

    public static Source file(String path) {
        return new Source(requireText(path, "path"), null);
    }

    public static Source url(String url) {
        return new Source(null, requireText(url, "url"));
    }

    public static Source stdin() {
        return STDIN;
    }

    /** An article handed over directly, for example in an HTTP request body. */
    public static Source inline() {
        return INLINE;
    }

    /** A short human-readable name: the path, the URL, or {@code "(inline)"}. */
    public String label() {
        if (path != null) {
            return path;
        }
        return url != null ? url : "(inline)";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}

package warta.core.result;

import java.util.Locale;

/** How a result is written for people or programs: the same renderings on every front end. */
public enum ResultFormat {
    /** Plain text for reading in a terminal. */
    TEXT,
    /** Markdown, with the source and the checks' findings. */
    MARKDOWN,
    /** The result document, one JSON object per line. */
    JSON;

    /** {@code result} in this format, ending with a newline. */
    public String render(ArticleResult result) {
        return switch (this) {
            case TEXT -> ResultText.render(result) + "\n";
            case MARKDOWN -> ResultMarkdown.render(result) + "\n";
            case JSON -> ResultJson.toJson(result) + "\n";
        };
    }

    /** The format's name as users type it: text, markdown, json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

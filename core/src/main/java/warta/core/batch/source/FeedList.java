package warta.core.batch.source;

import java.util.Locale;

/**
 * The line rules of a list of URLs, a {@code .feeds} file: one URL a line, stripped; blank lines
 * and lines starting with '#' are skipped (as on standard input after {@code -}).
 */
final class FeedList {

    private FeedList() {}

    /** Whether the line holds an entry, not a blank or a comment. */
    static boolean isEntry(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#");
    }

    /**
     * Whether the text is nothing but http(s) URLs, one a line (comments allowed): a list of feeds
     * saved under an article's name, which a model should never be asked to translate.
     */
    static boolean onlyUrls(String text) {
        boolean any = false;
        for (String line : text.split("\\R")) {
            if (!isEntry(line)) {
                continue;
            }
            String entry = line.strip().toLowerCase(Locale.ROOT);
            if (!(entry.startsWith("http://") || entry.startsWith("https://")) || entry.contains(" ")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}

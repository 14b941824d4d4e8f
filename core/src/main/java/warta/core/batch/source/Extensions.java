package warta.core.batch.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** File name extensions, compared without case: which files are articles, JSON Lines, feeds or lists of feeds. */
final class Extensions {

    static final List<String> ARTICLE = List.of("txt", "md", "html", "htm");
    static final String JSON_LINES = "jsonl";
    static final List<String> FEED = List.of("xml", "rss", "atom");
    /** A list of feed (or page) URLs, one a line. */
    static final String FEED_LIST = "feeds";

    private Extensions() {}

    /** The extension of the file name, lower case, without the dot; "" when there is none. */
    static String of(String path) {
        String name = path.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Whether a folder walk takes the file. */
    static boolean walked(Path file) {
        return BatchSources.DIRECTORY_EXTENSIONS.contains(of(file.getFileName().toString()));
    }

    /** ".txt, .md, ..." for messages. */
    static String list() {
        return BatchSources.SUPPORTED_EXTENSIONS.stream().map(e -> "." + e).collect(Collectors.joining(", "));
    }
}

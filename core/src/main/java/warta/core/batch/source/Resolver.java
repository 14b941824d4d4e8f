package warta.core.batch.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.files.FileErrors;
import warta.core.read.ArticleReader;

/**
 * Turns one source argument — a path, a URL — into its items. Files are not read here (their
 * loaders read them); a JSON Lines file is read as its items are used; a feed file or a URL is read
 * when its items are first asked for. Anything that cannot be used becomes a failing item.
 */
final class Resolver {

    private final ArticleReader reader;
    private final JsonLine jsonLine;
    private final FeedItems feeds;

    Resolver(ArticleReader reader) {
        this.reader = reader;
        this.jsonLine = new JsonLine(reader);
        this.feeds = new FeedItems(reader);
    }

    Items resolve(String argument) {
        if (argument.equals("-")) {
            return Items.of(Found.failing(
                    "stdin", "-", Source.stdin(), "'-' cannot be listed on standard input: list paths or URLs"));
        }
        if (isHttp(argument)) {
            return url(argument);
        }
        Optional<String> problem = problem(argument);
        if (problem.isPresent()) {
            String id = argument.contains("://") ? Ids.safe(argument) : Ids.ofFile(argument);
            return Items.of(Found.failing(id, argument, Source.file(argument), problem.get()));
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            return Items.flat(new DirectoryWalk(path, Extensions::walked), this::walked);
        }
        return file(path, argument);
    }

    /**
     * Why {@code argument} cannot be a source at all (a URL that is not http or https, an invalid
     * path, a path where nothing is), or empty; {@code "-"} and http(s) URLs pass.
     */
    Optional<String> problem(String argument) {
        if (argument.equals("-") || isHttp(argument)) {
            return Optional.empty();
        }
        if (argument.contains("://")) {
            return Optional.of("not an http or https URL: " + argument);
        }
        try {
            return Files.exists(Path.of(argument))
                    ? Optional.empty()
                    : Optional.of("no such file or directory: " + argument);
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path: " + argument + " (" + e.getReason() + ")");
        }
    }

    static boolean isHttp(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private Items walked(DirectoryWalk.Walked walked) {
        String label = walked.path().toString();
        if (walked.error() != null) {
            return Items.of(Found.failing(Ids.ofFile(label), walked.relative(), Source.file(label), walked.error()));
        }
        return file(walked.path(), walked.relative());
    }

    /** A file named or found; {@code key} is its path as given, or relative to the folder walked. */
    private Items file(Path path, String key) {
        String label = path.toString();
        String extension = Extensions.of(label);
        Source source = Source.file(label);
        if (Extensions.ARTICLE.contains(extension)) {
            return Items.of(new Found(Ids.ofFile(label), key, source, () -> notAList(reader.readFile(path))));
        }
        if (extension.equals(Extensions.FEED_LIST)) {
            return feedList(path, key);
        }
        if (extension.equals(Extensions.JSON_LINES)) {
            return new JsonLines(label, key, path, jsonLine);
        }
        if (Extensions.FEED.contains(extension)) {
            return lazy(() -> feed(reader.readFile(path), Ids.ofFile(label), key), Ids.ofFile(label), key, source);
        }
        return Items.of(Found.failing(
                Ids.ofFile(label),
                key,
                source,
                label + " is not a supported kind of file; " + "supported extensions: " + Extensions.list()));
    }

    /**
     * The URLs a {@code .feeds} file lists, each as if given as an argument. The file is read here,
     * when the stream reaches it (a list is short); a line that is not an http(s) URL, or a file
     * that cannot be read, is a failing item.
     */
    private Items feedList(Path path, String key) {
        String label = path.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Items.of(Found.failing(
                    Ids.ofFile(label), key, Source.file(label), "cannot read " + label + ": " + FileErrors.reason(e)));
        }
        Iterator<Integer> numbers = IntStream.rangeClosed(1, lines.size())
                .filter(n -> FeedList.isEntry(lines.get(n - 1)))
                .iterator();
        return Items.flat(numbers, n -> listed(label, key, n, lines.get(n - 1).strip()));
    }

    private Items listed(String list, String key, int number, String line) {
        if (isHttp(line)) {
            return url(line);
        }
        String message = list + " line " + number + ": not an http or https URL: " + line
                + " (a .feeds file lists the URLs of feeds or pages, one a line)";
        return Items.of(Found.failing(
                Ids.join(Ids.ofFile(list), "line-" + number), key + ":" + number, Source.file(list), message));
    }

    /** {@code article}, unless it is text that only lists URLs: that was meant as a list of feeds. */
    private static Article notAList(Article article) {
        if (article.format() == Article.Format.TEXT && FeedList.onlyUrls(article.content())) {
            String name = article.source().label();
            throw new InputException(name + " lists only URLs and is not an article: to fetch the feeds or pages"
                    + " it lists, name the file with the ending .feeds (or give its lines on standard input with -)");
        }
        return article;
    }

    private Items url(String argument) {
        String url = argument.strip();
        Source source = Source.url(url);
        String id = ArticleIds.of(source);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Items.of(Found.failing(id, url, source, "not a valid URL: " + url + " (" + e.getReason() + ")"));
        }
        return lazy(
                () -> {
                    Article article = reader.readUrl(uri);
                    if (FeedSniffer.isFeed(article.content())) {
                        return feed(article, id, url);
                    }
                    return List.of(new Found(id, url, source, () -> article));
                },
                id,
                url,
                source);
    }

    private List<Found> feed(Article article, String feedId, String key) {
        if (!FeedSniffer.isFeed(article.content())) {
            throw new InputException(article.source().label() + " is not an RSS or Atom feed");
        }
        return feeds.items(article, feedId);
    }

    /**
     * Items worked out only when first asked for; if that fails, one failing item stands for the
     * source, with the source's id and the error.
     */
    private static Items lazy(Supplier<List<Found>> work, String id, String key, Source source) {
        return new LazyItems(() -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                return List.of(Found.failing(id, key, source, e));
            }
        });
    }
}

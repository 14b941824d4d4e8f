package warta.core.batch.source;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.read.ArticleReader;

/**
 * Turns the source arguments of {@code warta batch} into a lazy stream of {@link BatchItem}s.
 *
 * <p>Each argument is one of:
 * <ul>
 *   <li>a file: {@code .txt}, {@code .md}, {@code .html}, {@code .htm} give one item each, read by
 *       {@link ArticleReader#readFile}; a {@code .jsonl} file gives one item per non-blank line
 *       {@code {"id"?, "text" | "html" | "url"}}; an {@code .xml}, {@code .rss} or {@code .atom}
 *       file is parsed as an RSS or Atom feed; a {@code .feeds} file lists http(s) URLs of feeds
 *       (or pages), one a line, each handled as that URL given as an argument (blank lines and
 *       lines starting with '#' are skipped); any other extension gives an item that fails,
 *       naming the {@link #SUPPORTED_EXTENSIONS}. A {@code .txt} or {@code .md} file that holds
 *       nothing but URLs fails, saying to name it {@code .feeds}, rather than being sent to the
 *       model as an article;</li>
 *   <li>a folder: walked recursively in name order, skipping names that start with '.', following
 *       symbolic links but never into a folder already walked, taking only
 *       {@link #DIRECTORY_EXTENSIONS};</li>
 *   <li>an {@code http} or {@code https} URL: fetched with the reader's limits and timeout when the
 *       stream reaches it; a feed (root element {@code rss}, {@code feed} or {@code rdf:RDF}) gives
 *       one URL item per entry, anything else one item holding what was fetched;</li>
 *   <li>{@code -}: the paths and URLs listed on {@code stdin}, one per line, each handled as above
 *       (blank lines and lines starting with '#' are skipped).</li>
 * </ul>
 *
 * <p>Nothing the user named is dropped silently: a missing path, an unsupported file, a bad JSON
 * Lines line, an unreachable URL or a broken feed becomes an item whose {@link BatchItem#load()}
 * throws {@link warta.core.error.InputException} naming it, so that the batch records the failure and
 * goes on. Only an I/O error on {@code stdin} itself ends the stream with that exception.
 *
 * <p>Ids are file name stems, a JSON Lines line's {@code "id"} (else the file's stem, '-', the line
 * number), or {@code ArticleIds.of(Source.url(link))} for URLs, all sanitised like
 * {@link warta.core.article.ArticleIds}. When an id is taken already in the batch, the later item
 * gets its parent folder as a prefix ({@code nasional-berita}), else a hash of its path or URL, else
 * a number; so the same arguments over the same tree give the same ids on every run.
 *
 * <p>Immutable and thread-safe; each stream it returns is for one thread. The constructor and
 * {@link #items} do no I/O: folders are listed, JSON Lines files read and URLs fetched only as the
 * stream is consumed.
 */
public final class BatchSources {

    /** What a named file may end with: articles, JSON Lines, saved feeds, and lists of feed URLs. */
    public static final List<String> SUPPORTED_EXTENSIONS =
            List.of("txt", "md", "html", "htm", "jsonl", "xml", "rss", "atom", "feeds");
    /**
     * What a folder walk takes; saved feeds and lists of feeds are read only when named, as a folder
     * may hold other XML, and a walk should not start fetching.
     */
    public static final List<String> DIRECTORY_EXTENSIONS = List.of("txt", "md", "html", "htm", "jsonl");

    private final Resolver resolver;
    private final JsonLine jsonLine;

    public BatchSources(ArticleReader reader) {
        this.resolver = new Resolver(Objects.requireNonNull(reader, "reader"));
        this.jsonLine = new JsonLine(reader);
    }

    /**
     * One article in the JSON Lines form given on its own, as a Kafka record carries it: the same
     * rules as a line of a {@code .jsonl} file. Reads nothing now; an object that is not such an
     * article becomes an item whose {@link BatchItem#load()} fails with a message starting with
     * {@code origin}.
     *
     * @param origin where the object came from, for sources and messages ({@code "warta.articles-2@17"})
     * @param fallbackId the id when the object has none (made safe as a file name, as ids are)
     */
    public BatchItem record(String origin, String fallbackId, String json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        Found found = jsonLine.parse(origin + ": ", origin, Source.file(origin), Ids.safe(fallbackId), json);
        return found.toItem(found.id());
    }

    /**
     * The items of the sources, in argument order. The stream must be closed by the caller
     * (try-with-resources): closing it closes any JSON Lines file still open; {@code stdin} is
     * never closed.
     *
     * @param sources paths, folders, URLs, or {@code "-"} for a list on {@code stdin}
     * @param stdin where {@code "-"} reads its list from
     */
    /**
     * Refuses the first source argument that cannot be used at all, by a look at its name and the
     * file system: a path where nothing is, a URL that is not http or https, an invalid path. Reads
     * and fetches nothing.
     *
     * @throws InputException naming it, with the reason its failing item would give
     */
    public void check(List<String> sources) {
        for (String argument : Objects.requireNonNull(sources, "sources")) {
            Optional<String> problem = resolver.problem(argument);
            if (problem.isPresent()) {
                throw new InputException(problem.get());
            }
        }
    }

    /**
     * How many items {@link #items} would give, when that can be known without fetching anything:
     * every source is a local file or folder (folders are walked, JSON Lines files and saved feeds
     * read, no article is loaded). Empty when a source is a URL, a list of feeds or {@code "-"}.
     * For a progress display's total: the files may change before the run reaches them.
     */
    public OptionalLong count(List<String> sources) {
        for (String argument : Objects.requireNonNull(sources, "sources")) {
            if (argument.equals("-")
                    || Resolver.isHttp(argument)
                    || Extensions.of(argument).equals(Extensions.FEED_LIST)) {
                return OptionalLong.empty();
            }
        }
        try (Stream<BatchItem> items = items(sources, InputStream.nullInputStream())) {
            return OptionalLong.of(items.count());
        }
    }

    public Stream<BatchItem> items(List<String> sources, InputStream stdin) {
        List<String> arguments = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(stdin, "stdin");
        Items items = Items.flat(
                arguments.iterator(),
                argument -> argument.equals("-")
                        ? Items.flat(new ListedLines(stdin), resolver::resolve)
                        : resolver.resolve(argument));
        UniqueIds ids = new UniqueIds();
        Spliterator<Found> spliterator =
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).map(ids::assign).onClose(items::close);
    }
}

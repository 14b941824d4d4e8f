package warta.core.digest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.batch.source.BatchItem;
import warta.core.error.InputException;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;
import warta.core.process.PreparedArticle;
import warta.core.read.ArticleInput;

/**
 * Reads a digest's input without a model: batch sources as {@code warta batch} reads them (files,
 * folders, JSON Lines, feeds, {@code -}), batch output folders (a folder with {@code index.jsonl}:
 * each done article is read again from its source and cleaned, under the id the batch gave it (an
 * article fetched from a web address too), and keeps the translation and summary of its result
 * document as far as they still fit the source ({@link Reuse}), so that nothing already paid for is
 * asked again), or articles
 * as the server takes them. An article that cannot be read is a line of
 * {@link DigestInput#problems()}, the others are kept. Thread-safe when its functions are.
 */
public final class DigestReader {

    private final BiFunction<List<String>, InputStream, Stream<BatchItem>> items;
    private final Function<Article, CleanArticle> prepare;
    private final Function<ArticleInput, PreparedArticle> prepareInput;
    private final SettingNames names;

    /**
     * @param items the articles of batch sources ({@code Warta.items})
     * @param prepare cleans an article ({@code Warta.prepare})
     * @param prepareInput reads and cleans a server's article ({@code Warta.prepare(ArticleInput)})
     * @param names how messages name settings
     */
    public DigestReader(
            BiFunction<List<String>, InputStream, Stream<BatchItem>> items,
            Function<Article, CleanArticle> prepare,
            Function<ArticleInput, PreparedArticle> prepareInput,
            SettingNames names) {
        this.items = Objects.requireNonNull(items, "items");
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        this.prepareInput = Objects.requireNonNull(prepareInput, "prepareInput");
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Whether a source names a batch output folder (a folder with {@code index.jsonl}). */
    public static boolean isBatchOutput(String source) {
        return !"-".equals(source) && !source.contains("://") && BatchOutput.is(Path.of(source));
    }

    /** The articles of these sources; a source that is a batch output folder gives its done articles. */
    public DigestInput read(List<String> sources, InputStream stdin) {
        List<DigestArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String source : sources) {
            if (isBatchOutput(source)) {
                readOutput(Path.of(source), id -> true, articles, problems);
            } else {
                plain.add(source);
            }
        }
        if (!plain.isEmpty()) {
            try (Stream<BatchItem> found = items.apply(plain, stdin)) {
                found.forEach(item -> load(item, null, articles, problems));
            }
        }
        return new DigestInput(articles, problems);
    }

    /** The articles the server was sent; one that cannot be used is a problem line naming its place. */
    public DigestInput read(List<ArticleInput> inputs) {
        List<DigestArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                PreparedArticle prepared = prepareInput.apply(inputs.get(i));
                articles.add(new DigestArticle(prepared.id(), prepared.article(), null, null));
            } catch (InputException e) {
                problems.add("articles[" + i + "]: " + e.message(names));
            }
        }
        return new DigestInput(articles, problems);
    }

    /**
     * The done articles of a batch output folder.
     *
     * @throws InputException when it is not one
     */
    public DigestInput read(Path folder) {
        if (!BatchOutput.is(folder)) {
            throw new InputException(folder + ": not a batch output folder (it has no " + BatchOutput.INDEX + ")");
        }
        List<DigestArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        readOutput(folder, id -> true, articles, problems);
        return new DigestInput(articles, problems);
    }

    /**
     * The done articles of a batch output folder whose ids are in {@code ids}: only their results
     * are read, and only their sources read again; the problems are theirs (and the index's).
     *
     * @throws InputException when it is not a batch output folder
     */
    public DigestInput read(Path folder, Collection<String> ids) {
        if (!BatchOutput.is(folder)) {
            throw new InputException(folder + ": not a batch output folder (it has no " + BatchOutput.INDEX + ")");
        }
        Set<String> wanted = Set.copyOf(ids);
        List<DigestArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        readOutput(folder, wanted::contains, articles, problems);
        return new DigestInput(articles, problems);
    }

    private void readOutput(
            Path folder, Predicate<String> wanted, List<DigestArticle> articles, List<String> problems) {
        Map<String, List<BatchOutput.Done>> bySource = new LinkedHashMap<>();
        List<BatchOutput.Done> dones = new ArrayList<>(BatchOutput.read(folder, wanted, problems));
        // the index lists articles as they finished; in the order of their sources, stories and numbers do not depend
        // on timing
        dones.sort(Comparator.comparing(BatchOutput.Done::source).thenComparing(BatchOutput.Done::id));
        for (BatchOutput.Done done : dones) {
            bySource.computeIfAbsent(located(folder, done.source()), s -> new ArrayList<>())
                    .add(done);
        }
        for (var entry : bySource.entrySet()) {
            readAgain(entry.getKey(), entry.getValue(), articles, problems);
        }
    }

    /**
     * The done articles of one source, read again. A file or JSON Lines source gives its items
     * under the ids the batch gave them. A web address gives the page under its own id, not the
     * one the batch used (a JSON Lines line's {@code "id"}, a job's {@code "1"}), so its one item
     * stands for every done article of that address.
     */
    private void readAgain(
            String source, List<BatchOutput.Done> dones, List<DigestArticle> articles, List<String> problems) {
        Map<String, BatchOutput.Done> byId = new LinkedHashMap<>();
        dones.forEach(d -> byId.put(d.id(), d));
        try (Stream<BatchItem> found = items.apply(List.of(source), InputStream.nullInputStream())) {
            List<BatchItem> read = found.toList();
            if (dones.getFirst().fetched() && read.size() == 1) {
                byId.values().forEach(done -> load(done.id(), read.getFirst(), done, articles, problems));
                byId.clear();
            }
            read.stream()
                    .filter(item -> byId.containsKey(item.id()))
                    .forEach(item -> load(item.id(), item, byId.remove(item.id()), articles, problems));
        } catch (WartaException e) {
            problems.add(source + ": cannot be read again: " + e.message(names));
            byId.clear();
            dones.forEach(d -> problems.add(d.id() + ": left out: its source cannot be read"));
        }
        byId.keySet().forEach(id -> problems.add(id + ": left out: its source " + source + " no longer holds it"));
    }

    /** A result's source path as given to the batch: as is when it exists, else beside the output folder. */
    private static String located(Path folder, String source) {
        if (source.contains("://") || Path.of(source).isAbsolute() || Files.exists(Path.of(source))) {
            return source;
        }
        Path parent = folder.toAbsolutePath().getParent();
        Path beside = parent == null ? null : parent.resolve(source);
        return beside != null && Files.exists(beside) ? beside.toString() : source;
    }

    private void load(BatchItem item, BatchOutput.Done done, List<DigestArticle> articles, List<String> problems) {
        load(item.id(), item, done, articles, problems);
    }

    /** The item cleaned, under {@code id}, with what of {@code done} still fits it ({@link Reuse}). */
    private void load(
            String id, BatchItem item, BatchOutput.Done done, List<DigestArticle> articles, List<String> problems) {
        try {
            articles.add(Reuse.of(id, prepare.apply(item.load()), done));
        } catch (InputException e) {
            problems.add((done == null ? item.source().label() : done.id()) + ": " + e.message(names));
        }
    }
}

package warta.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.Chunker;
import warta.core.clean.Cleaned;
import warta.core.clean.Cleaner;
import warta.core.clean.Paragraphs;
import warta.core.inspect.Inspector;
import warta.core.meta.Described;
import warta.core.meta.MetadataExtractor;
import warta.core.meta.MetadataHints;
import warta.core.prepare.ArticlePreparer;
import warta.core.sentence.SentenceSplitter;

/**
 * Throughput of the offline text pipeline on one core, one article per operation, so ops/s is
 * articles/s. {@link #cleanSplitChunk} is paragraph split, clean, metadata, sentence split of
 * every paragraph and chunking at {@link Inspector#DEFAULT_CHUNK_TOKENS} tokens;
 * {@link #prepare} is {@link ArticlePreparer#prepare}, which adds language detection but does no
 * sentence splitting or chunking. Articles come from the JSON Lines file named by the
 * {@code data} parameter ({@code -p data=...}) and are cycled through in file order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PipelineBenchmark {

    /** Path of a JSON Lines articles file with a {@code "text"} field; required. */
    @Param("")
    public String data;

    private final Cleaner cleaner = Cleaner.indonesianNews();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final SentenceSplitter splitter = SentenceSplitter.indonesian();
    private final Chunker chunker = Chunker.of(Inspector.DEFAULT_CHUNK_TOKENS);
    private final ArticlePreparer preparer = new ArticlePreparer();

    private List<String> texts;
    private List<Article> articles;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("no articles file: run with -p data=/path/to/articles.jsonl"
                    + " (JSON Lines, one object a line with a \"text\" field)");
        }
        Path file = Path.of(data);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("articles file not found: " + file.toAbsolutePath());
        }
        ArticleTexts loaded = ArticleTexts.load(file);
        texts = loaded.texts();
        articles = texts.stream()
                .map(text -> Article.text(Source.file(data), text))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "%n# articles: %d, mean words per article: %.1f (from %s)%n",
                loaded.size(),
                loaded.meanWords(),
                file);
    }

    @Benchmark
    public void cleanSplitChunk(Blackhole bh) {
        Cleaned cleaned = cleaner.clean(Paragraphs.split(texts.get(advance())));
        Described described = metadata.extract(cleaned.paragraphs(), MetadataHints.none());
        for (String paragraph : described.paragraphs()) {
            bh.consume(splitter.split(paragraph));
        }
        bh.consume(described);
        bh.consume(chunker.chunk(described.paragraphs()));
    }

    @Benchmark
    public void prepare(Blackhole bh) {
        bh.consume(preparer.prepare(articles.get(advance())));
    }

    private int advance() {
        int index = next;
        next = index + 1 == texts.size() ? 0 : index + 1;
        return index;
    }
}

package warta.core.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;
import warta.core.prepare.ArticlePreparer;
import warta.core.sentence.SentenceSplitter;

/**
 * Shows what Warta would work on, with no model involved: {@link ArticlePreparer prepares} an
 * article, splits it into sentences and cuts it into chunks of at most {@code chunkTokens}
 * tokens. Immutable and thread-safe.
 */
public final class Inspector {

    /** The default chunk budget, in tokens; small enough for a 4k-context local model. */
    public static final int DEFAULT_CHUNK_TOKENS = 1000;

    private final ArticlePreparer preparer;
    private final SentenceSplitter splitter = SentenceSplitter.indonesian();
    private final TokenCounter counter = TokenCounters.o200k();
    private final Chunker chunker;

    public Inspector(int chunkTokens) {
        this(chunkTokens, new ArticlePreparer());
    }

    /** An inspector that prepares articles with {@code preparer} (and so keeps its length limit). */
    public Inspector(int chunkTokens, ArticlePreparer preparer) {
        this.chunker = new Chunker(counter, splitter, chunkTokens);
        this.preparer = Objects.requireNonNull(preparer, "preparer");
    }

    public static Inspector withDefaults() {
        return new Inspector(DEFAULT_CHUNK_TOKENS);
    }

    /** Inspects one article; see {@link ArticlePreparer#prepare(Article)} for refusals. */
    public Inspection inspect(Article article) {
        return inspect(preparer.prepare(article));
    }

    /** Inspects an article that is already prepared. */
    public Inspection inspect(CleanArticle article) {
        List<String> sentences = new ArrayList<>();
        splitter.splitEach(article.paragraphs()).forEach(sentences::addAll);
        // Counted before chunking: the chunker counts the same text first, and the counter
        // remembers the last long text, so a long article is counted once, not twice.
        int tokens = counter.count(Chunker.join(article.paragraphs()));
        List<Chunk> chunks = chunker.chunk(article.paragraphs());
        return new Inspection(article, sentences, chunks, tokens, chunker.maxTokens());
    }
}

package warta.core.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.sentence.SentenceSplitter;

/**
 * Cuts a cleaned article into chunks that each fit a token budget. Whole paragraphs are packed
 * together while they fit; a paragraph over the budget is cut at sentence boundaries; a sentence
 * over the budget at clause boundaries (after a comma, semicolon, colon or dash); a clause over
 * the budget between words; and a single "word" over the budget (a giant URL) between
 * characters. So a chunk never ends inside a sentence unless that sentence alone is too long.
 *
 * <p>The whole article is counted first: one that fits is one chunk, at the cost of one count.
 *
 * <p>Invariants, for any input: every chunk's exact token count is at most the budget; chunks are
 * in order and do not overlap; only whitespace lies between consecutive chunks, so joining them
 * with that whitespace gives back {@link #join(List) the article text}. Deterministic. Immutable
 * and thread-safe when its {@link TokenCounter} is.
 */
public final class Chunker {

    /** The article text is its paragraphs separated by one blank line. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";
    /** The smallest chunk budget, in tokens, anywhere in Warta: the chunker, the CLI options, the server settings. */
    public static final int MIN_TOKENS = 8;

    private final TokenCounter counter;
    private final SentenceSplitter splitter;
    private final int maxTokens;

    public Chunker(TokenCounter counter, SentenceSplitter splitter, int maxTokens) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        if (maxTokens < MIN_TOKENS) {
            throw new IllegalArgumentException("maxTokens must be at least " + MIN_TOKENS + ": " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    /** A chunker with the default token counter ({@link TokenCounters#o200k()}) and splitter. */
    public static Chunker of(int maxTokens) {
        return new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), maxTokens);
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The article text that chunk offsets refer to: the paragraphs joined by a blank line. */
    public static String join(List<String> paragraphs) {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** Chunks the article made of {@code paragraphs}; none may be blank. */
    public List<Chunk> chunk(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                throw new IllegalArgumentException("paragraphs must not be blank");
            }
        }
        String text = join(paragraphs);
        int total = counter.countUpTo(text, maxTokens);
        if (total <= maxTokens) {
            return text.isEmpty() ? List.of() : List.of(new Chunk(0, text, total, 0, text.length()));
        }
        List<Piece> pieces = new ArrayList<>();
        Splitting splitting = new Splitting(text, total, counter, splitter, maxTokens);
        int offset = 0;
        for (String paragraph : paragraphs) {
            splitting.paragraph(offset, offset + paragraph.length(), pieces);
            offset += paragraph.length() + PARAGRAPH_SEPARATOR.length();
        }
        return new Packing(text, counter, maxTokens).pack(pieces);
    }

    /** A span of the article text known to fit the budget on its own. */
    record Piece(int start, int end, int tokens) {}
}

package warta.core.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.sentence.SentenceSplitter;
import warta.core.sentence.Span;

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
        int total = counter.count(text);
        if (total <= maxTokens) {
            return text.isEmpty() ? List.of() : List.of(new Chunk(0, text, total, 0, text.length()));
        }
        List<Piece> pieces = new ArrayList<>();
        int offset = 0;
        for (String paragraph : paragraphs) {
            new Splitting(text, counter, splitter, maxTokens).paragraph(offset, offset + paragraph.length(), pieces);
            offset += paragraph.length() + PARAGRAPH_SEPARATOR.length();
        }
        return new Packing(text, counter, maxTokens).pack(pieces);
    }

    /** A span of the article text known to fit the budget on its own. */
    record Piece(int start, int end, int tokens) {}

    /** Cuts one paragraph into pieces that fit, going as fine as needed. */
    private record Splitting(String text, TokenCounter counter, SentenceSplitter splitter, int maxTokens) {

        void paragraph(int start, int end, List<Piece> out) {
            int tokens = counter.count(text.substring(start, end));
            if (tokens <= maxTokens) {
                out.add(new Piece(start, end, tokens));
                return;
            }
            List<Span> sentences = splitter.spans(text.substring(start, end));
            for (Span s : sentences) {
                sentence(start + s.start(), start + s.end(), out);
            }
        }

        void sentence(int start, int end, List<Piece> out) {
            int tokens = counter.count(text.substring(start, end));
            if (tokens <= maxTokens) {
                out.add(new Piece(start, end, tokens));
                return;
            }
            List<Piece> parts = new ArrayList<>();
            for (Span part : Boundaries.clauses(text, start, end)) {
                words(part.start(), part.end(), parts);
            }
            out.addAll(new Packing(text, counter, maxTokens).merge(parts));
        }

        private void words(int start, int end, List<Piece> out) {
            int tokens = counter.count(text.substring(start, end));
            if (tokens <= maxTokens) {
                out.add(new Piece(start, end, tokens));
                return;
            }
            List<Piece> parts = new ArrayList<>();
            for (Span word : Boundaries.words(text, start, end)) {
                characters(word.start(), word.end(), parts);
            }
            out.addAll(new Packing(text, counter, maxTokens).merge(parts));
        }

        private void characters(int start, int end, List<Piece> out) {
            int from = start;
            while (from < end) {
                int to = longestFit(from, end);
                out.add(new Piece(from, to, counter.count(text.substring(from, to))));
                from = to;
            }
        }

        /** The largest {@code to} such that text[from, to) fits; at least one code point. */
        private int longestFit(int from, int end) {
            int lo = text.offsetByCodePoints(from, 1);
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (Character.isLowSurrogate(text.charAt(mid - 1)) && mid < hi) {
                    mid++;
                }
                if (counter.count(text.substring(from, mid)) <= maxTokens) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return Character.isHighSurrogate(text.charAt(lo - 1)) ? lo + 1 : lo;
        }
    }
}

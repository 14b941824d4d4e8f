package warta.core.chunk;

import java.util.ArrayList;
import java.util.List;
import warta.core.chunk.Chunker.Piece;
import warta.core.sentence.SentenceSplitter;
import warta.core.sentence.Span;

/**
 * Cuts the paragraphs of one article text into pieces that fit, going as fine as needed:
 * sentences, clauses, words, characters. A span that is no finer than the one above it (a
 * paragraph of one sentence of one clause of one word) is counted once, not once per level, and
 * only up to the budget, so a long run without spaces costs at most one count of itself before it
 * is cut, and none when the counter can tell it is too long. Not thread-safe: one instance per
 * {@link Chunker#chunk} call.
 */
final class Splitting {

    private final String text;
    private final TokenCounter counter;
    private final SentenceSplitter splitter;
    private final int maxTokens;
    private final RunCutter runs;
    private int countedStart = -1;
    private int countedEnd = -1;
    private int counted;

    /** {@code textTokens} is the whole text's count up to the budget, known to the caller. */
    Splitting(String text, int textTokens, TokenCounter counter, SentenceSplitter splitter, int maxTokens) {
        this.text = text;
        this.counter = counter;
        this.splitter = splitter;
        this.maxTokens = maxTokens;
        this.runs = new RunCutter(text, counter, maxTokens);
        remember(0, text.length(), textTokens);
    }

    void paragraph(int start, int end, List<Piece> out) {
        int tokens = count(start, end);
        if (tokens <= maxTokens) {
            out.add(new Piece(start, end, tokens));
            return;
        }
        List<Span> sentences = splitter.spans(text.substring(start, end));
        for (Span s : sentences) {
            sentence(start + s.start(), start + s.end(), out);
        }
    }

    private void sentence(int start, int end, List<Piece> out) {
        int tokens = count(start, end);
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
        int tokens = count(start, end);
        if (tokens <= maxTokens) {
            out.add(new Piece(start, end, tokens));
            return;
        }
        List<Piece> parts = new ArrayList<>();
        for (Span word : Boundaries.words(text, start, end)) {
            runs.cut(word.start(), word.end(), parts);
        }
        out.addAll(new Packing(text, counter, maxTokens).merge(parts));
    }

    /**
     * The tokens of text[start, end) up to the budget ({@link TokenCounter#countUpTo}), counted
     * once when the levels above gave the same span.
     */
    private int count(int start, int end) {
        if (start != countedStart || end != countedEnd) {
            remember(start, end, counter.countUpTo(text.substring(start, end), maxTokens));
        }
        return counted;
    }

    private void remember(int start, int end, int tokens) {
        countedStart = start;
        countedEnd = end;
        counted = tokens;
    }
}

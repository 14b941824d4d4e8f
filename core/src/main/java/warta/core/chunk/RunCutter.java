package warta.core.chunk;

import java.util.List;
import warta.core.chunk.Chunker.Piece;

/**
 * Cuts a run with no finer boundary (a giant URL, a line of dots) into pieces between code
 * points, each as long as it can be while it fits the budget: a piece ends where one more code
 * point would not fit. Counts of growing prefixes are not always monotone, so, like any such
 * search, this one finds one such end, not necessarily the last.
 *
 * <p>A search over the whole rest of the run would count prefixes up to the whole run for every
 * piece: quadratic in the run's length. This one first probes at a guess, the length of the
 * piece before (or as many characters as the budget has tokens), then where a straight line
 * through the counts it knows reaches the budget, falling back to halving the range whenever a
 * probe did not halve it. So every prefix it counts is at most about twice as long as the piece
 * it finds, and a piece costs a few counts: two in a run that repeats itself. Every probe ends at
 * a code point boundary and the piece found is one that was counted, so it is over the budget
 * only if its one code point is. Not thread-safe: one instance per {@link Chunker#chunk} call.
 */
final class RunCutter {

    private final String text;
    private final TokenCounter counter;
    private final int maxTokens;
    private int guess;

    RunCutter(String text, TokenCounter counter, int maxTokens) {
        this.text = text;
        this.counter = counter;
        this.maxTokens = maxTokens;
        this.guess = maxTokens;
    }

    /** Adds the pieces of text[start, end) to {@code out}, in order. */
    void cut(int start, int end, List<Piece> out) {
        int from = start;
        while (from < end) {
            Piece piece = new Search(from, end).run();
            out.add(piece);
            guess = piece.end() - from;
            from = piece.end();
        }
    }

    /** {@code i}, or the offset after it when {@code i} splits a surrogate pair. */
    private int up(int i) {
        return splitsPair(i) ? i + 1 : i;
    }

    /** {@code i}, or the offset before it when {@code i} splits a surrogate pair. */
    private int down(int i) {
        return splitsPair(i) ? i - 1 : i;
    }

    private boolean splitsPair(int i) {
        return i > 0
                && i < text.length()
                && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /**
     * The search for one piece from {@code from}. Invariants: {@code lo} fits (or is the one code
     * point a piece must take), every offset past {@code hi} is over the budget as far as the
     * search knows, both are code point boundaries, and {@code lo <= hi}.
     */
    private final class Search {
        private final int from;
        private int lo;
        private int loTokens = -1;
        private int hi;
        private int over = -1;
        private int overTokens;
        private int width = Integer.MAX_VALUE;

        Search(int from, int end) {
            this.from = from;
            this.lo = text.offsetByCodePoints(from, 1);
            this.hi = end;
        }

        Piece run() {
            int first = up(Math.min(hi, from + guess));
            if (first > lo && probe(first) && loTokens == maxTokens && lo < hi) {
                probe(up(lo + 1));
            }
            while (lo < hi) {
                probe(next());
            }
            int tokens = loTokens >= 0 ? loTokens : counter.count(text.substring(from, lo));
            return new Piece(from, lo, tokens);
        }

        /** Counts text[from, to) and narrows the range by the answer; whether it fits. */
        private boolean probe(int to) {
            int tokens = counter.count(text.substring(from, to));
            if (tokens <= maxTokens) {
                lo = to;
                loTokens = tokens;
                return true;
            }
            hi = down(to - 1);
            over = to;
            overTokens = tokens;
            return false;
        }

        /**
         * Where to probe next: where a straight line through the counts known reaches one token
         * over the budget, less one character. With nothing over the budget yet, the line goes
         * through the start and at most doubles the piece; after a guess that did not halve the
         * range, the middle of the range.
         */
        private int next() {
            long anchor = loTokens >= 0 ? lo : from;
            long anchorTokens = Math.max(0, loTokens);
            long target;
            if (over < 0) {
                long length = lo - from;
                target = from + Math.min(2 * length + 1, length * (maxTokens + 1) / Math.max(1, anchorTokens) - 1);
            } else if (hi - lo <= width / 2) {
                target = anchor + (over - anchor) * (maxTokens + 1 - anchorTokens) / (overTokens - anchorTokens) - 1;
            } else {
                target = (lo + hi + 1) >>> 1;
            }
            width = over < 0 ? Integer.MAX_VALUE : hi - lo;
            return up((int) Math.max(lo + 1, Math.min(hi, target)));
        }
    }
}

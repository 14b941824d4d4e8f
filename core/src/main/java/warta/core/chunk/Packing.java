package warta.core.chunk;

import java.util.ArrayList;
import java.util.List;
import warta.core.chunk.Chunker.Piece;

/**
 * Packs adjacent pieces greedily into spans that fit the budget. The sum of the pieces' counts
 * plus one token per join estimates a span's count; the exact count is taken when a span is
 * closed and, if the estimate was low, its last piece moves to the next span.
 */
record Packing(String text, TokenCounter counter, int maxTokens) {

    List<Chunk> pack(List<Piece> pieces) {
        List<Chunk> chunks = new ArrayList<>();
        for (Piece span : merge(pieces)) {
            chunks.add(new Chunk(
                    chunks.size(), text.substring(span.start(), span.end()), span.tokens(), span.start(), span.end()));
        }
        return chunks;
    }

    List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            int estimate = pieces.get(i).tokens();
            while (j + 1 < pieces.size() && estimate + 1 + pieces.get(j + 1).tokens() <= maxTokens) {
                j++;
                estimate += 1 + pieces.get(j).tokens();
            }
            Piece span = exact(pieces, i, j);
            while (span.tokens() > maxTokens) {
                j--;
                span = exact(pieces, i, j);
            }
            merged.add(span);
            i = j + 1;
        }
        return merged;
    }

    private Piece exact(List<Piece> pieces, int from, int to) {
        if (from == to) {
            return pieces.get(from);
        }
        int start = pieces.get(from).start();
        int end = pieces.get(to).end();
        return new Piece(start, end, counter.count(text.substring(start, end)));
    }
}

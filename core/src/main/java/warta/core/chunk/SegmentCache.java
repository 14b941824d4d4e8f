package warta.core.chunk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Exact token counts, fast: the text is cut before every single space that stands between two
 * non-space characters, each piece is counted once by the real tokenizer and remembered, and the
 * counts are summed.
 *
 * <p>Why the sum is exact: OpenAI's byte-pair encodings (o200k_base, cl100k_base) first split
 * text into pieces with a regular expression and encode each piece on its own. In both, no piece
 * runs on past a space that follows a non-space character (a word, number or punctuation piece
 * stops there), and a piece that starts at a single space followed by a non-space character is
 * matched the same whether the text before it is there or not. So the pieces of the whole text
 * are exactly the pieces of its parts, cut this way. {@code SegmentCacheTest} checks the sum
 * against the tokenizer on real and random text.
 *
 * <p>News text repeats its words, so almost every piece is a cache hit and counting costs a scan
 * and a hash lookup per word. The cache holds at most {@value #MAX_ENTRIES} pieces and is cleared
 * when full. The last text of {@value #REMEMBERED_LENGTH} characters or more is remembered with
 * its count: callers count a whole article and then chunk it, which counts it again, and a long
 * run without spaces is one piece that the tokenizer reads at about a microsecond a character.
 *
 * <p>Given the length of the tokenizer's longest token, {@link #countUpTo} answers without
 * counting for a text that is longer than {@code limit} such tokens: every token stands for at
 * most that many bytes of UTF-8, and every UTF-16 character takes at least one byte, so such a
 * text has more than {@code limit} tokens. Thread-safe.
 */
final class SegmentCache implements TokenCounter {

    static final int MAX_ENTRIES = 200_000;
    static final int REMEMBERED_LENGTH = 16_384;
    private static final int MAX_PIECE = 64;

    private final TokenCounter tokenizer;
    private final int longestToken;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicReference<Counted> last = new AtomicReference<>();

    /** A long text and its count. */
    private record Counted(String text, int tokens) {}

    /** A cache over {@code tokenizer}, whose longest token is not known. */
    SegmentCache(TokenCounter tokenizer) {
        this(tokenizer, 0);
    }

    /** A cache over {@code tokenizer}, no token of which is longer than {@code longestToken} bytes. */
    SegmentCache(TokenCounter tokenizer, int longestToken) {
        this.tokenizer = tokenizer;
        this.longestToken = longestToken;
    }

    @Override
    public int countUpTo(String text, int limit) {
        if (longestToken > 0 && text.length() > (long) limit * longestToken) {
            return limit + 1;
        }
        return count(text);
    }

    @Override
    public int count(String text) {
        if (text.length() < REMEMBERED_LENGTH) {
            return sum(text);
        }
        Counted known = last.get();
        if (known != null && known.text().equals(text)) {
            return known.tokens();
        }
        int tokens = sum(text);
        last.set(new Counted(text, tokens));
        return tokens;
    }

    private int sum(String text) {
        int total = 0;
        int start = 0;
        int length = text.length();
        for (int i = 1; i < length - 1; i++) {
            if (text.charAt(i) == ' '
                    && !Character.isWhitespace(text.charAt(i - 1))
                    && !Character.isWhitespace(text.charAt(i + 1))
                    && !Character.isSurrogate(text.charAt(i + 1))) {
                total += piece(text.substring(start, i));
                start = i;
            }
        }
        return total + piece(text.substring(start));
    }

    private int piece(String piece) {
        if (piece.isEmpty()) {
            return 0;
        }
        if (piece.length() > MAX_PIECE) {
            return tokenizer.count(piece);
        }
        Integer known = counts.get(piece);
        if (known != null) {
            return known;
        }
        int count = tokenizer.count(piece);
        if (counts.size() >= MAX_ENTRIES) {
            counts.clear();
        }
        counts.put(piece, count);
        return count;
    }
}

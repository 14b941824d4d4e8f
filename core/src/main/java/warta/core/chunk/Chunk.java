package warta.core.chunk;

/**
 * A piece of an article's text that fits a model's token budget.
 *
 * @param index the chunk's position, from 0
 * @param text the chunk's text: {@code articleText.substring(start, end)}
 * @param tokens the chunk's token count by the chunker's {@link TokenCounter}
 * @param start the offset of the chunk's first character in the article text
 * @param end the offset just past the chunk's last character
 */
public record Chunk(int index, String text, int tokens, int start, int end) {

    public Chunk {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad chunk bounds: start=" + start + ", end=" + end);
        }
    }
}

package warta.core.sentence;

import java.util.Objects;

/**
 * A half-open range {@code [start, end)} of character offsets into a text. Never empty.
 * Immutable.
 *
 * @param start offset of the first character, {@code >= 0}
 * @param end offset just past the last character, {@code > start}
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be > start (" + start + "), was " + end);
        }
    }

    /** The number of characters covered, always {@code >= 1}. */
    public int length() {
        return end - start;
    }

    /**
     * The covered part of {@code text}.
     *
     * @throws IndexOutOfBoundsException when the span reaches past the end of {@code text}
     */
    public String of(String text) {
        Objects.requireNonNull(text, "text");
        return text.substring(start, end);
    }
}

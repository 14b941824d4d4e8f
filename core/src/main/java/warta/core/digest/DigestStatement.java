package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a digest (a story's sentence, a key point, an overview sentence) and what it
 * rests on. Immutable.
 *
 * @param text the English sentence
 * @param citations the sources and sentences it cites; a statement of a checked digest cites at
 *     least one
 */
public record DigestStatement(String text, List<Citation> citations) {

    public DigestStatement {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}

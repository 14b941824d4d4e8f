package warta.core.summarize;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sentence of a summary, or one key point, with the source sentences it rests on. Immutable.
 *
 * @param text the statement, in English
 * @param sources 1-based numbers of the article's sentences (the list {@code inspect} prints), in
 *     ascending order without repeats (the constructor sorts them and drops repeats); empty when
 *     the model cited none. Numbers the article does not have may stand here while a model's
 *     answer is checked; the {@link Summarizer} keeps only valid ones in what it returns
 */
public record Statement(String text, List<Integer> sources) {

    public Statement {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(new TreeSet<>(Objects.requireNonNull(sources, "sources")));
    }

    /** A statement that cites nothing. */
    public static Statement uncited(String text) {
        return new Statement(text, List.of());
    }

    /** This statement, citing only those of its sources that are in {@code valid}. */
    Statement citingOnly(Set<Integer> valid) {
        return new Statement(text, sources.stream().filter(valid::contains).toList());
    }
}

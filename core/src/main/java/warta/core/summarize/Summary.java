package warta.core.summarize;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A short, checkable English summary of one article, each of its sentences and key points with
 * the source sentences it rests on. The limits the model is asked to keep (3 to 5 sentences and at
 * most 120 words; 3 to 6 key points) are checked by {@link SummaryValidator}, the citations by
 * {@link Citations}; dates and the dateline are not part of it: they come from the article's
 * metadata. Immutable.
 *
 * @param headline one line
 * @param sentences the summary, one statement per sentence, in order
 * @param keyPoints short points, one sentence each
 * @param entities the people, organizations and places named
 */
public record Summary(String headline, List<Statement> sentences, List<Statement> keyPoints, Entities entities) {

    public Summary {
        Objects.requireNonNull(headline, "headline");
        sentences = List.copyOf(sentences);
        keyPoints = List.copyOf(keyPoints);
        Objects.requireNonNull(entities, "entities");
    }

    /** The summary as one text: its sentences, in order, separated by one space. */
    public String summary() {
        return String.join(" ", texts(sentences));
    }

    /** The key points' texts, in order. */
    public List<String> keyPointTexts() {
        return texts(keyPoints);
    }

    /**
     * Everything a reader sees of the summary as one text: headline, summary and key points,
     * separated by blank lines so that each starts a sentence of its own.
     */
    public String allText() {
        return headline + "\n\n" + summary() + "\n\n" + String.join("\n\n", keyPointTexts());
    }

    /** This summary with every statement citing only the sentence numbers in {@code valid}. */
    Summary citingOnly(Set<Integer> valid) {
        return new Summary(
                headline,
                sentences.stream().map(s -> s.citingOnly(valid)).toList(),
                keyPoints.stream().map(s -> s.citingOnly(valid)).toList(),
                entities);
    }

    private static List<String> texts(List<Statement> statements) {
        return statements.stream().map(Statement::text).toList();
    }
}

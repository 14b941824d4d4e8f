package warta.core.summarize;

import java.util.List;
import java.util.Objects;

/**
 * A short, checkable English summary of one article. The limits the model is asked to keep
 * (3 to 5 sentences and at most 120 words; 3 to 6 key points) are checked by
 * {@link SummaryValidator}; dates and the dateline are not part of it: they come from the
 * article's metadata.
 *
 * @param headline one line
 * @param summary a few sentences
 * @param keyPoints short points, one sentence each
 * @param entities the people, organizations and places named
 */
public record Summary(String headline, String summary, List<String> keyPoints, Entities entities) {

    public Summary {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(summary, "summary");
        keyPoints = List.copyOf(keyPoints);
        Objects.requireNonNull(entities, "entities");
    }

    /**
     * Everything a reader sees of the summary as one text: headline, summary and key points,
     * separated by blank lines so that each starts a sentence of its own.
     */
    public String allText() {
        return headline + "\n\n" + summary + "\n\n" + String.join("\n\n", keyPoints);
    }
}

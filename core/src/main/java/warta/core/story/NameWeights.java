package warta.core.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a shared name part says, from how many of the articles compared mention it: an inverse
 * document frequency, {@code ln(1 + N / df)}, so a name every article mentions ("Indonesia" in
 * Indonesian news) says little and one only two articles mention says much. A part no article
 * mentioned weighs as one mentioned once. Immutable once made.
 */
final class NameWeights {

    private final Map<String, Integer> frequencies;
    private final int articles;

    private NameWeights(Map<String, Integer> frequencies, int articles) {
        this.frequencies = frequencies;
        this.articles = articles;
    }

    /** The weights over these articles. */
    static NameWeights of(Collection<StoryTraits> all) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (StoryTraits traits : all) {
            for (String part : traits.names().keySet()) {
                frequencies.merge(part, 1, Integer::sum);
            }
        }
        return new NameWeights(Map.copyOf(frequencies), Math.max(1, all.size()));
    }

    /**
     * The weights over {@code articles} articles whose name parts are counted in {@code
     * frequencies}: a view, not a copy, for a caller that keeps the counts as articles come
     * (and changes them only while it does not use these weights).
     */
    static NameWeights over(Map<String, Integer> frequencies, int articles) {
        return new NameWeights(frequencies, Math.max(1, articles));
    }

    double weight(String part) {
        int df = Math.max(1, frequencies.getOrDefault(part, 1));
        return Math.log(1 + (double) articles / df);
    }

    /** The summed weight of the article's name parts. */
    double total(StoryTraits traits) {
        double total = 0;
        for (String part : traits.names().keySet()) {
            total += weight(part);
        }
        return total;
    }
}

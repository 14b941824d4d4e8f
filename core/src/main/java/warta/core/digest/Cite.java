package warta.core.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One [source, sentence] pair a statement cites: the form the model answers in.
 *
 * @param source the source number, 1-based
 * @param sentence the sentence number in that source, 1-based
 */
record Cite(int source, int sentence) {

    /** The pairs as citations: one per source, in source order, its sentences ascending. */
    static List<Citation> citations(Collection<Cite> cites) {
        Map<Integer, TreeSet<Integer>> bySource = new TreeMap<>();
        for (Cite cite : cites) {
            bySource.computeIfAbsent(cite.source(), s -> new TreeSet<>()).add(cite.sentence());
        }
        List<Citation> citations = new ArrayList<>();
        bySource.forEach((source, sentences) -> citations.add(new Citation(source, List.copyOf(sentences))));
        return citations;
    }

    /** The pairs of these citations. */
    static List<Cite> of(Collection<Citation> citations) {
        List<Cite> cites = new ArrayList<>();
        for (Citation c : citations) {
            c.sentences().forEach(n -> cites.add(new Cite(c.source(), n)));
        }
        return cites;
    }
}

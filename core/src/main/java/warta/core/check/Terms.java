package warta.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Terms: Indonesian phrases that English renders in more than one way, found in both languages
 * with the phrase index of the name check ({@link Renderings}: CLDR names and the built-in terms).
 * A phrase is a term when its renderings fall into at least two {@link TermFamilies ways}
 * ("Kementerian Luar Negeri": "Foreign Ministry" or "Ministry of Foreign Affairs"), and it is
 * not a glossary term, whose rendering the glossary fixes already. A term's identity, its
 * {@linkplain Found#key key}, is the spelling skeleton of its words, so "Kementerian luar negeri"
 * and "KEMENTERIAN LUAR NEGERI" are one term.
 *
 * <p>Which way the English took is read from the English with the same index, longest phrase
 * first. An English rendering is counted for a term only beyond what other phrases of the source
 * explain: where the source also writes "Kemlu", whose one rendering is "Foreign Ministry", each
 * "Kemlu" accounts for one "Foreign Ministry" of the English. Immutable and thread-safe.
 */
public final class Terms {

    private final Phrases phrases;
    private final Phrases glossary;
    private final Set<String> glossaryKeys;

    private Terms(Map<String, String> glossary) {
        this.phrases = Renderings.builtIn();
        this.glossary = Renderings.of(glossary);
        this.glossaryKeys = glossary.keySet().stream().map(Phrases.Text::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The terms, less those of {@code glossary} (term to rendering). */
    public static Terms of(Map<String, String> glossary) {
        return new Terms(Objects.requireNonNull(glossary, "glossary"));
    }

    /**
     * A term in a text.
     *
     * @param key the term's identity
     * @param written the term as the text writes it (its first occurrence)
     */
    public record Found(String key, String written) {}

    /** The terms in {@code source}, in order of first occurrence, each once. */
    public List<Found> in(String source) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (Phrases.Match match : phrases.matchesIn(Phrases.Text.of(source))) {
            if (isTerm(match)) {
                String key = Phrases.Text.key(match.written());
                found.putIfAbsent(key, new Found(key, match.written()));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The ways of rendering each term of {@code source}: term key to its ways, each the list of
     * its renderings, in order of the terms in the source.
     */
    public Map<String, List<List<String>>> ways(String source) {
        Map<String, List<List<String>>> ways = new LinkedHashMap<>();
        for (Phrases.Match match : phrases.matchesIn(Phrases.Text.of(source))) {
            if (isTerm(match)) {
                ways.putIfAbsent(
                        Phrases.Text.key(match.written()),
                        TermFamilies.of(match.renderings()).stream()
                                .map(f -> List.copyOf(f.values()))
                                .toList());
            }
        }
        return ways;
    }

    /**
     * The rendering {@code english} chose for each term of {@code source} that it renders in one
     * of the term's ways: the way it uses first, as written there. Term key to English, in order
     * of the terms in the source.
     */
    public Map<String, String> chosen(String source, String english) {
        Usage usage = usage(List.of(source), List.of(english));
        Map<String, String> chosen = new LinkedHashMap<>();
        usage.terms.forEach((key, term) -> {
            List<Way> ways = usage.ways(term);
            if (!ways.isEmpty()) {
                chosen.put(key, ways.getFirst().written());
            }
        });
        return chosen;
    }

    /**
     * The renderings an article's translation used for its terms, and a finding for each term
     * that occurs at least twice in the source and is rendered in two or more ways: the finding
     * quotes each way after the first, in the translation paragraph where it first stands.
     *
     * @param source the source paragraphs (and the title, if any, as one more)
     * @param english the English paragraphs, as many, in the same order
     * @param paragraphs the paragraph number to report for each index ({@code -1} for a title)
     */
    public Report report(List<String> source, List<String> english, List<Integer> paragraphs) {
        if (source.size() != english.size() || paragraphs.size() != source.size()) {
            throw new IllegalArgumentException("source, english and paragraphs differ in length: " + source.size()
                    + ", " + english.size() + ", " + paragraphs.size());
        }
        Usage usage = usage(source, english);
        List<TermUse> uses = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        usage.terms.forEach((key, term) -> {
            List<Way> ways = usage.ways(term);
            ways.forEach(w -> uses.add(new TermUse(term.written, w.written(), w.count())));
            if (term.count >= 2 && ways.size() >= 2) {
                String first = ways.getFirst().written();
                for (Way way : ways.subList(1, ways.size())) {
                    findings.add(new Finding(
                            paragraphs.get(way.index()),
                            way.written(),
                            "\"" + term.written + "\" is rendered both \"" + first + "\" and \"" + way.written()
                                    + "\""));
                }
            }
        });
        return new Report(uses, findings);
    }

    /**
     * What {@link #report} found.
     *
     * @param uses each term with each rendering the translation used for it, in order of the
     *     terms in the source
     * @param findings the terms rendered in more than one way
     */
    public record Report(List<TermUse> uses, List<Finding> findings) {

        public Report {
            uses = List.copyOf(uses);
            findings = List.copyOf(findings);
        }
    }

    private boolean isTerm(Phrases.Match match) {
        return !glossaryKeys.contains(Phrases.Text.key(match.written()))
                && TermFamilies.of(match.renderings()).size() >= 2;
    }

    /** A term of the source: as first written, how often, and its ways. */
    private static final class Term {
        final String written;
        final List<Map<String, String>> families;
        int count;

        Term(String written, List<Map<String, String>> families) {
            this.written = written;
            this.families = families;
        }
    }

    /** One way a term was rendered: as first written, where and when, and how often (beyond other phrases). */
    private record Way(String written, int index, int order, int count) {}

    /** One English phrase found: as written, at which paragraph index, and in what order. */
    private record Occurrence(String written, int index, int order) {}

    private Usage usage(List<String> source, List<String> english) {
        Usage usage = new Usage();
        for (String text : source) {
            Phrases.Text words = Phrases.Text.of(text);
            Set<String> builtIn = new HashSet<>();
            for (Phrases.Match match : phrases.matchesIn(words)) {
                String key = Phrases.Text.key(match.written());
                builtIn.add(key);
                usage.sourceCounts.merge(key, 1, Integer::sum);
                usage.renderingKeys.computeIfAbsent(key, k -> keysOf(match.renderings()));
                if (isTerm(match)) {
                    usage.terms.computeIfAbsent(
                                    key, k -> new Term(match.written(), TermFamilies.of(match.renderings())))
                            .count++;
                }
            }
            for (Phrases.Match match : glossary.matchesIn(words)) {
                if (builtIn.contains(Phrases.Text.key(match.written()))) {
                    continue; // counted once, as the built-in phrase
                }
                String key = "glossary:" + Phrases.Text.key(match.written());
                usage.sourceCounts.merge(key, 1, Integer::sum);
                usage.renderingKeys.computeIfAbsent(key, k -> keysOf(match.renderings()));
            }
        }
        int order = 0;
        for (int i = 0; i < english.size(); i++) {
            for (Phrases.Match match : phrases.matchesIn(Phrases.Text.of(english.get(i)))) {
                usage.english
                        .computeIfAbsent(Phrases.Text.key(match.written()), k -> new ArrayList<>())
                        .add(new Occurrence(match.written(), i, order++));
            }
        }
        return usage;
    }

    private static Set<String> keysOf(List<String> renderings) {
        return renderings.stream().map(Phrases.Text::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The phrases of a source and its English, counted. */
    private static final class Usage {
        final Map<String, Term> terms = new LinkedHashMap<>();
        final Map<String, Integer> sourceCounts = new HashMap<>();
        final Map<String, Set<String>> renderingKeys = new HashMap<>();
        final Map<String, List<Occurrence>> english = new HashMap<>();

        /** The ways the English rendered a term, in order of first use; each counted beyond other phrases. */
        List<Way> ways(Term term) {
            String termKey = Phrases.Text.key(term.written);
            List<Way> ways = new ArrayList<>();
            for (Map<String, String> family : term.families) {
                List<Occurrence> seen = family.keySet().stream()
                        .flatMap(k -> english.getOrDefault(k, List.of()).stream())
                        .sorted(Comparator.comparingInt(Occurrence::order))
                        .toList();
                int explained = 0;
                for (Map.Entry<String, Set<String>> other : renderingKeys.entrySet()) {
                    if (!other.getKey().equals(termKey)
                            && other.getValue().stream().anyMatch(family::containsKey)) {
                        explained += sourceCounts.get(other.getKey());
                    }
                }
                int count = seen.size() - explained;
                if (count > 0) {
                    // The occurrences the other phrases explain are taken to be the first ones.
                    Occurrence first = seen.get(explained);
                    ways.add(new Way(first.written(), first.index(), first.order(), count));
                }
            }
            ways.sort(Comparator.comparingInt(Way::order));
            return ways;
        }
    }
}

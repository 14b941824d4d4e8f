package warta.core.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary terms in text. The text is read word by word (a word is a run of letters, digits
 * and marks); at each word, only the terms whose first word is that word (ignoring case) are
 * tried, longest first, so the cost grows with the text and not with the size of the glossary.
 * The first term that matches wins and the words it covers are not tried again: "Wakil Presiden"
 * hides the "Presiden" in it. Immutable and thread-safe.
 */
final class TermMatcher {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final String SPACES = "[\\s\\p{Z}]+";
    private static final Comparator<GlossaryEntry> LONGEST_FIRST = Comparator.comparingInt(
                    (GlossaryEntry e) -> e.term().length())
            .reversed()
            .thenComparing(e -> !e.caseSensitive())
            .thenComparing(GlossaryEntry::term);

    private record Candidate(GlossaryEntry entry, Pattern pattern) {}

    private final Map<String, List<Candidate>> byFirstWord;

    TermMatcher(List<GlossaryEntry> entries) {
        Map<String, List<Candidate>> map = new HashMap<>();
        entries.stream()
                .sorted(LONGEST_FIRST)
                .forEach(entry -> map.computeIfAbsent(firstWord(entry.term()), k -> new ArrayList<>())
                        .add(new Candidate(entry, pattern(entry))));
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(map);
    }

    /** The identity of a term: case-insensitive terms are the same whatever their case. */
    static String key(GlossaryEntry entry) {
        return entry.caseSensitive() ? entry.term() : entry.term().toLowerCase(Locale.ROOT);
    }

    /** The entries whose terms occur in {@code text}, in order of first occurrence, each once. */
    List<GlossaryEntry> find(String text) {
        Map<String, GlossaryEntry> found = new LinkedHashMap<>();
        Matcher word = WORD.matcher(text);
        int covered = 0;
        while (word.find()) {
            List<Candidate> candidates =
                    word.start() < covered ? null : byFirstWord.get(word.group().toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            for (Candidate candidate : candidates) {
                Matcher term = candidate.pattern().matcher(text).region(word.start(), text.length());
                if (term.lookingAt()) {
                    found.putIfAbsent(key(candidate.entry()), candidate.entry());
                    covered = term.end();
                    break;
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static String firstWord(String term) {
        Matcher matcher = WORD.matcher(term);
        if (!matcher.lookingAt()) {
            throw new IllegalArgumentException("term '" + term + "' does not start with a letter or digit");
        }
        return matcher.group().toLowerCase(Locale.ROOT);
    }

    /** The term at a word start, its words separated by any whitespace, and not followed by a letter. */
    private static Pattern pattern(GlossaryEntry entry) {
        String term = entry.term();
        StringBuilder regex = new StringBuilder();
        for (String part : term.split(" ")) {
            regex.append(regex.isEmpty() ? "" : SPACES).append(Pattern.quote(part));
        }
        if (WORD.matcher(term.substring(term.offsetByCodePoints(term.length(), -1)))
                .matches()) {
            regex.append("(?![\\p{L}\\p{N}\\p{M}])");
        }
        return Pattern.compile(
                regex.toString(), entry.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

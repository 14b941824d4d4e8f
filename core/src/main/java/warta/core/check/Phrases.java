package warta.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases of one language with their renderings in the other ("Korea Utara" with "North Korea",
 * and the other way round), found in a text with one map lookup per word: phrases are indexed by
 * their first word and compared word by word from there, so finding them costs time linear in the
 * text, whatever the number of phrases.
 *
 * <p>Words are runs of letters and digits: "Son-hui" is two words and "Densus 88" two. Words are
 * compared by their {@link Spelling#skeleton}, in any case, so "Afghanistan" finds "Afganistan"
 * and "Moscow" finds "Moskow"; a phrase with no lower-case letter ("AS", "DK PBB", "US") matches
 * only as written, so the Indonesian "AS" (the United States) is not found in the English "as".
 * Immutable once built, and thread-safe.
 */
final class Phrases {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");

    /**
     * One phrase: as it was added, its words' skeletons, its words as written when it must match
     * so, its renderings.
     */
    private record Entry(String phrase, List<String> words, List<String> written, List<String> renderings) {

        boolean matchesAt(Text text, int at) {
            if (at + words.size() > text.words().size()) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                boolean same = written == null
                        ? words.get(k).equals(text.skeletons().get(at + k))
                        : written.get(k).equals(text.words().get(at + k));
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A text split into words, as written and as {@link Spelling#skeleton}s, with where each word
     * starts and ends in the text.
     */
    record Text(String text, List<String> words, List<String> skeletons, int[] starts, int[] ends) {

        static Text of(String text) {
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
                spans.add(new int[] {m.start(), m.end()});
            }
            Map<String, String> skeletons = new HashMap<>();
            return new Text(
                    text,
                    words,
                    words.stream()
                            .map(w -> skeletons.computeIfAbsent(w, Spelling::skeleton))
                            .toList(),
                    spans.stream().mapToInt(s -> s[0]).toArray(),
                    spans.stream().mapToInt(s -> s[1]).toArray());
        }

        /** The text of words {@code from} (inclusive) to {@code to} (exclusive), as written. */
        String span(int from, int to) {
            return text.substring(starts[from], ends[to - 1]);
        }

        /** The skeletons of a phrase's words joined by spaces: what {@link Phrases} compares. */
        static String key(String phrase) {
            return String.join(" ", of(phrase).skeletons());
        }
    }

    /**
     * A phrase found in a text: where (in words), as written there, and the phrases that matched
     * there (several when they differ only in case or spelling) with all their renderings.
     *
     * @param start the index of its first word
     * @param end the index after its last word
     * @param written the text it covers, as written
     * @param phrases the matching phrases as they were added
     * @param renderings the renderings of those phrases, each once
     */
    record Match(int start, int end, String written, List<String> phrases, List<String> renderings) {}

    private final Map<String, List<Entry>> byFirstWord;

    private Phrases(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Gives {@code found} the renderings of every phrase in the text, once per occurrence. */
    void renderingsIn(Text text, Consumer<String> found) {
        for (int i = 0; i < text.words().size(); i++) {
            List<Entry> candidates = byFirstWord.get(text.skeletons().get(i));
            if (candidates != null) {
                for (Entry entry : candidates) {
                    if (entry.matchesAt(text, i)) {
                        entry.renderings().forEach(found);
                    }
                }
            }
        }
    }

    /**
     * The phrases of the text, the longest first: scanning left to right, the longest phrase that
     * starts at a word is taken and the words it covers are not tried again, so "menteri luar
     * negeri" is one match and the "luar negeri" inside it is none.
     */
    List<Match> matchesIn(Text text) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < text.words().size()) {
            List<Entry> candidates = byFirstWord.get(text.skeletons().get(i));
            int longest = 0;
            List<Entry> found = new ArrayList<>();
            for (Entry entry : candidates == null ? List.<Entry>of() : candidates) {
                int length = entry.words().size();
                if (length >= longest && entry.matchesAt(text, i)) {
                    if (length > longest) {
                        found.clear();
                        longest = length;
                    }
                    found.add(entry);
                }
            }
            if (longest == 0) {
                i++;
                continue;
            }
            Set<String> renderings = new LinkedHashSet<>();
            found.forEach(e -> renderings.addAll(e.renderings()));
            matches.add(new Match(
                    i,
                    i + longest,
                    text.span(i, i + longest),
                    found.stream().map(Entry::phrase).toList(),
                    List.copyOf(renderings)));
            i += longest;
        }
        return matches;
    }

    /** Collects phrases; not thread-safe. */
    static final class Builder {

        private final Map<String, Set<String>> renderings = new LinkedHashMap<>();

        private Builder() {}

        /** Adds each phrase as the other's rendering, both ways; blank ones are ignored. */
        Builder pair(String one, String other) {
            return add(one, other).add(other, one);
        }

        /** Adds {@code rendering} as a rendering of {@code phrase}, one way. */
        Builder add(String phrase, String rendering) {
            if (!Text.of(phrase).words().isEmpty() && !rendering.isBlank()) {
                renderings
                        .computeIfAbsent(phrase.strip(), p -> new LinkedHashSet<>())
                        .add(rendering.strip());
            }
            return this;
        }

        Phrases build() {
            Map<String, List<Entry>> index = new HashMap<>();
            renderings.forEach((phrase, found) -> {
                Text words = Text.of(phrase);
                boolean asWritten = phrase.chars().noneMatch(Character::isLowerCase);
                Entry entry =
                        new Entry(phrase, words.skeletons(), asWritten ? words.words() : null, List.copyOf(found));
                index.computeIfAbsent(words.skeletons().getFirst(), w -> new ArrayList<>())
                        .add(entry);
            });
            index.replaceAll((word, entries) -> List.copyOf(entries));
            return new Phrases(Map.copyOf(index));
        }
    }
}

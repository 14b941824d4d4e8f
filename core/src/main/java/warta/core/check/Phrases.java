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

    /** One phrase: its words' skeletons, its words as written when it must match so, its renderings. */
    private record Entry(List<String> words, List<String> written, List<String> renderings) {

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

    /** A text split into words, as written and as {@link Spelling#skeleton}s. */
    record Text(List<String> words, List<String> skeletons) {

        static Text of(String text) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            Map<String, String> skeletons = new HashMap<>();
            return new Text(
                    words,
                    words.stream()
                            .map(w -> skeletons.computeIfAbsent(w, Spelling::skeleton))
                            .toList());
        }
    }

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
                Entry entry = new Entry(words.skeletons(), asWritten ? words.words() : null, List.copyOf(found));
                index.computeIfAbsent(words.skeletons().getFirst(), w -> new ArrayList<>())
                        .add(entry);
            });
            index.replaceAll((word, entries) -> List.copyOf(entries));
            return new Phrases(Map.copyOf(index));
        }
    }
}

package warta.core.translate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The renderings chosen so far for terms ({@link warta.core.check.Terms}), by term key: what the
 * requests for the next chunks of an article, and in a batch the next articles, are told to keep.
 * The first rendering chosen for a term sticks: a later choice for it is ignored. Thread-safe;
 * {@link #copy} and {@link #asMap} are snapshots in the order the terms were first chosen.
 */
public final class TermMemory {

    /**
     * A chosen rendering.
     *
     * @param source the term as the source wrote it where it was chosen
     * @param english the rendering chosen, as the translation wrote it
     */
    public record Rendering(String source, String english) {

        public Rendering {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(english, "english");
        }
    }

    private final Map<String, Rendering> chosen = new LinkedHashMap<>();

    /** An empty memory. */
    public TermMemory() {}

    /** The rendering chosen for the term with {@code key}, if any. */
    public synchronized Optional<Rendering> get(String key) {
        return Optional.ofNullable(chosen.get(key));
    }

    /** Records {@code rendering} for {@code key} unless one is chosen already; true when it was recorded. */
    public synchronized boolean choose(String key, Rendering rendering) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rendering, "rendering");
        return chosen.putIfAbsent(key, rendering) == null;
    }

    /** Records each of {@code other}'s renderings whose term has none here yet, in {@code other}'s order. */
    public void addAll(TermMemory other) {
        other.asMap().forEach(this::choose);
    }

    /** A new memory holding what this one holds now. */
    public TermMemory copy() {
        TermMemory copy = new TermMemory();
        copy.addAll(this);
        return copy;
    }

    /** Term key to rendering, in the order chosen; a snapshot. */
    public synchronized Map<String, Rendering> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    public synchronized int size() {
        return chosen.size();
    }

    @Override
    public synchronized String toString() {
        return "TermMemory" + chosen;
    }
}

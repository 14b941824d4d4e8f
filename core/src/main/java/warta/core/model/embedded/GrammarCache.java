package warta.core.model.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * llama.cpp's grammars by the JSON Schema text they were made from, each made once while it is
 * among the {@link #MAX_ENTRIES} used last: a summary's schema names the sentence numbers of its
 * article, so a long-running engine sees a new schema for every article length, and keeping them
 * all would grow without end. Thread-safe; a grammar is made under the cache's lock.
 */
final class GrammarCache {

    /** How many grammars are kept. */
    static final int MAX_ENTRIES = 32;

    private final UnaryOperator<String> make;
    private final Map<String, String> grammars = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    GrammarCache(UnaryOperator<String> make) {
        this.make = make;
    }

    /** The grammar for {@code jsonSchema}, made by the function given at construction when not kept. */
    synchronized String get(String jsonSchema) {
        return grammars.computeIfAbsent(jsonSchema, make);
    }

    synchronized int size() {
        return grammars.size();
    }
}

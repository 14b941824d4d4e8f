package warta.core.model.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The models loaded in this JVM, one per (file, settings), loaded on first use and kept for the
 * life of the JVM (the library cannot free a model; see {@link LlamaChatModel}). Loading holds
 * the registry's lock, so two callers asking for the same model load it once.
 */
final class EngineRegistry {

    private record Key(Path file, EmbeddedSettings settings) {}

    private static final Map<Key, LlamaEngine> ENGINES = new HashMap<>();

    private EngineRegistry() {}

    static synchronized LlamaEngine engine(Path file, EmbeddedSettings settings) {
        LlamaEngine.checkFile(file);
        Key key = new Key(canonical(file), settings);
        LlamaEngine engine = ENGINES.get(key);
        if (engine == null) {
            engine = LlamaEngine.load(key.file(), settings);
            ENGINES.put(key, engine);
        }
        return engine;
    }

    private static Path canonical(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}

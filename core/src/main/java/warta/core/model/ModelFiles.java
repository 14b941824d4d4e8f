package warta.core.model;

import java.nio.file.Path;
import java.util.Map;
import warta.core.model.embedded.store.DownloadListener;
import warta.core.model.embedded.store.ModelStore;

/**
 * Where the embedded provider finds its GGUF file: a catalogue name is looked up in the model
 * cache (downloaded first unless offline), a path to a {@code .gguf} file is used as is. Also
 * where llama.cpp's native library is unpacked ({@code WARTA_NATIVE_DIR}, default the temporary
 * directory).
 */
public interface ModelFiles {

    /** The GGUF file for {@code model}, a catalogue name or a file path. */
    Path locate(String model);

    /** Where the native library is unpacked, or null for the temporary directory. */
    default Path nativeDir() {
        return null;
    }

    /** The same files, found only where they already are: never downloaded (for probes). */
    default ModelFiles cachedOnly() {
        return this;
    }

    /** Looks models up in the cache that {@code env} names, downloading them unless {@code offline}. */
    static ModelFiles of(Map<String, String> env, boolean offline, DownloadListener listener) {
        ModelStore store = ModelStore.forEnvironment(env);
        String dir = env.get("WARTA_NATIVE_DIR");
        return new ModelFiles() {
            @Override
            public Path locate(String model) {
                return store.locate(model, offline, listener);
            }

            @Override
            public Path nativeDir() {
                return dir == null || dir.isBlank() ? null : Path.of(dir);
            }

            @Override
            public ModelFiles cachedOnly() {
                return offline ? this : of(env, true, DownloadListener.NONE);
            }
        };
    }

    /** The cache of this process's environment, downloading silently when needed (the server). */
    static ModelFiles fromSystem() {
        return of(System.getenv(), false, DownloadListener.NONE);
    }
}

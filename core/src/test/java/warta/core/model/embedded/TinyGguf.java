package warta.core.model.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A tiny random-weight llama model (2 layers, width 64, 600 tokens, F32): about 0.5 MB, loads in milliseconds. */
public final class TinyGguf {

    public static final RandomLlamaGguf.Shape SHAPE =
            new RandomLlamaGguf.Shape(2, 64, 4, 2, 128, 8192, 600, GgmlType.F32, false);

    private TinyGguf() {}

    /** Writes the tiny model with the ChatML template to {@code dir/name}. */
    public static Path write(Path dir, String name) {
        return write(dir, name, RandomLlamaGguf.CHATML);
    }

    /** Writes the tiny model with {@code chatTemplate} to {@code dir/name}. */
    public static Path write(Path dir, String name, String chatTemplate) {
        Path file = dir.resolve(name);
        try {
            RandomLlamaGguf.write(file, SHAPE, chatTemplate, 7);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Settings for tests: an 8192-token context, short answers, one thread (CI has two cores). */
    public static EmbeddedSettings settings(Path nativeDir) {
        return EmbeddedSettings.builder()
                .contextTokens(8192)
                .maxOutputTokens(32)
                .threads(1)
                .nativeDir(nativeDir)
                .build();
    }
}

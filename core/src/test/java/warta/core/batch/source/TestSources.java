package warta.core.batch.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import warta.core.read.ArticleReader;

/** Shared helpers for the batch source tests: fixtures, files, and collecting a stream. */
final class TestSources {

    static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    private TestSources() {}

    static BatchSources sources() {
        return new BatchSources(new ArticleReader());
    }

    static List<BatchItem> items(String... sources) {
        return items(List.of(sources), NO_STDIN);
    }

    static List<BatchItem> items(List<String> sources, InputStream stdin) {
        try (Stream<BatchItem> stream = sources().items(sources, stdin)) {
            return stream.toList();
        }
    }

    static List<String> ids(List<BatchItem> items) {
        return items.stream().map(BatchItem::id).toList();
    }

    static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture from {@code warta/core/batch}, with {@code {base}} replaced. */
    static String fixture(String name, String base) {
        try (InputStream in = TestSources.class.getResourceAsStream("/warta/core/batch/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package warta.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * is forced to disk, and is moved over the target in one step. A crash at any moment leaves
 * either the old file or the new one, never a half-written one (at worst a stray
 * {@code .*.tmp} file, which readers ignore).
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes {@code content} to {@code target} whole, forced to disk before it takes the target's name. */
    public static void write(Path target, String content) throws IOException {
        write(target, content, true);
    }

    /**
     * Writes {@code content} to {@code target} whole; {@code durable} forces it to disk first. Without
     * it a crash may lose the new content (the file is then missing or old, never half-written):
     * right for caches, which only save work.
     */
    public static void write(Path target, String content, boolean durable) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                if (durable) {
                    channel.force(true);
                }
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

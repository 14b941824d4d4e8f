package warta.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Named pipes, and what kind of file a path is, for the tests of writers that must write into
 * what is there instead of replacing it. Where the OS has no {@code mkfifo}, the test is skipped.
 */
public final class SpecialFiles {

    private SpecialFiles() {}

    /** Makes a FIFO at {@code path} with {@code mkfifo}; skips the test where that cannot be done. */
    public static Path fifo(Path path) throws InterruptedException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
        }
        return path;
    }

    /** Reads {@code fifo} on another thread: what was written, once the writer closes it. */
    public static CompletableFuture<String> drain(Path fifo) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What {@code path} itself is (a link is not followed): "fifo", "character device", "regular file", ... */
    public static String type(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return switch (mode & 0170000) {
            case 0010000 -> "fifo";
            case 0020000 -> "character device";
            case 0040000 -> "directory";
            case 0100000 -> "regular file";
            case 0120000 -> "symbolic link";
            case 0140000 -> "socket";
            default -> "other";
        };
    }

    /** Skips the test unless {@code path} is a character device. */
    public static Path characterDevice(String path) throws IOException {
        Path device = Path.of(path);
        Assumptions.assumeTrue(Files.exists(device) && type(device).equals("character device"), path);
        return device;
    }
}

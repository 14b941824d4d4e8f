package warta.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * is forced to disk, and is moved over the target in one step. A crash at any moment leaves
 * either the old file or the new one, never a half-written one (at worst a stray
 * {@code .*.tmp} file, which readers ignore).
 *
 * <p>The temporary file is readable by its owner only while it fills; it then takes the mode the
 * file will have: a replaced regular file keeps its permissions (and, where the process may set
 * them, its owner and group); a new file gets what {@code Files.newOutputStream} would give it,
 * 0666 less the umask (found with an empty probe file, as Java cannot read the umask). What is
 * there is replaced, a symbolic link included (the link, not its target): for a file a user named,
 * whatever it is, use {@link OutputFile}. A folder is never replaced.
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
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(absolute.toString(), null, "it is a directory");
        }
        PosixFileAttributes existing = regularFile(absolute);
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
            takeMode(temp, existing, dir, absolute.getFileName().toString());
            move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The attributes of the regular file at {@code path}, or null: nothing there, something else, or no POSIX. */
    private static PosixFileAttributes regularFile(Path path) throws IOException {
        if (!isPosix(path)) {
            return null;
        }
        try {
            PosixFileAttributes attributes =
                    Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes : null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Gives {@code temp} the mode of the file it replaces, or of a new file in {@code dir}. */
    private static void takeMode(Path temp, PosixFileAttributes existing, Path dir, String name) throws IOException {
        if (!isPosix(temp)) {
            return;
        }
        if (existing == null) {
            Files.setPosixFilePermissions(temp, newFileMode(dir, name));
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            view.setGroup(existing.group());
            view.setOwner(existing.owner());
        } catch (IOException | SecurityException notAllowed) {
            // only a privileged process may give a file away: the new file is then the writer's own
        }
        Files.setPosixFilePermissions(temp, existing.permissions());
    }

    /**
     * The permissions a file created in {@code dir} gets without asking for any: 0666 less the
     * umask, less what the folder's default ACL takes away. An empty probe file tells; it never
     * holds content.
     */
    static Set<PosixFilePermission> newFileMode(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path probe = dir.resolve("." + name + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp");
            try {
                Files.createFile(probe);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 9) {
                    continue;
                }
                throw e;
            }
            try {
                return Files.getPosixFilePermissions(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

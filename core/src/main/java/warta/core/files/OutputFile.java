package warta.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Writes a file a user named for output ({@code warta translate -o FILE}), by what is there:
 *
 * <ul>
 *   <li>nothing, or a regular file: written whole through {@link AtomicFiles} (durable; a
 *       replaced file keeps its permissions, a new one gets 0666 less the umask);</li>
 *   <li>a character device or a FIFO ({@code /dev/null}, a terminal, a named pipe): written
 *       straight, never replaced;</li>
 *   <li>a symbolic link: followed, and what it leads to handled by these rules; the link stays. A
 *       link to an open file descriptor ({@code /dev/stdout}, {@code /dev/fd/N},
 *       {@code /proc/self/fd/N}) is written straight, appending, whatever the descriptor is open on,
 *       so {@code -o /dev/stdout >> log} appends as the shell would;</li>
 *   <li>anything else is refused, naming it: a directory, a socket, a block device, a file of the
 *       kernel's {@code /proc} or {@code /sys}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; two writers of one file leave one of the two contents.
 */
public final class OutputFile {

    private static final int MAX_LINKS = 40;
    private static final int TYPE_BITS = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int FIFO = 0010000;
    private static final int SOCKET = 0140000;
    private static final Set<String> KERNEL_FILESYSTEMS = Set.of("proc", "sysfs", "cgroup", "cgroup2", "debugfs");

    private OutputFile() {}

    /** How a path is written: whole, through a temporary file, or straight into what is there. */
    enum Way {
        WHOLE,
        STRAIGHT
    }

    /** Where and how a target is written. */
    record Plan(Way way, Path path) {}

    /**
     * Writes {@code content} (UTF-8) to {@code target} by the rules above.
     *
     * @throws FileSystemException whose reason says why a target is refused
     * @throws IOException when the write fails; a file written whole is then left as it was
     */
    public static void write(Path target, String content) throws IOException {
        Plan plan = plan(target);
        if (plan.way() == Way.WHOLE) {
            AtomicFiles.write(plan.path(), content);
            return;
        }
        try (OutputStream out =
                Files.newOutputStream(plan.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Refuses, before any work, a target that {@link #write} would refuse; writes nothing.
     *
     * @throws FileSystemException whose reason says why
     */
    public static void check(Path target) throws IOException {
        plan(target);
    }

    /** How {@code target} would be written, or a refusal. */
    static Plan plan(Path target) throws IOException {
        Path given = target.toAbsolutePath();
        Path path = given;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (isDescriptor(path)) {
                return new Plan(Way.STRAIGHT, given);
            }
            if (hops == MAX_LINKS) {
                throw refused(target, "too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path));
        }
        return planFor(target, path);
    }

    private static Plan planFor(Path target, Path path) throws IOException {
        Integer mode = mode(path);
        if (mode == null) {
            refuseKernelFiles(target, path.getParent());
            return new Plan(Way.WHOLE, path);
        }
        return switch (mode & TYPE_BITS) {
            case REGULAR -> {
                refuseKernelFiles(target, path);
                yield new Plan(Way.WHOLE, path);
            }
            case CHARACTER_DEVICE, FIFO -> new Plan(Way.STRAIGHT, path);
            case DIRECTORY -> throw refused(target, "it is a directory");
            case SOCKET -> throw refused(target, "it is a socket");
            case BLOCK_DEVICE -> throw refused(target, "it is a block device (a disk): write to a file instead");
            default -> throw refused(target, "it is not a regular file");
        };
    }

    /** The file type and mode bits of {@code path}, or null when nothing is there. */
    private static Integer mode(Path path) throws IOException {
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            }
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? REGULAR : attributes.isDirectory() ? DIRECTORY : 0;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether {@code link} is {@code /proc/PID/fd/N} (however reached): an open file descriptor. */
    private static boolean isDescriptor(Path link) {
        Path parent = link.getParent();
        try {
            Path real = parent == null ? null : parent.toRealPath();
            return real != null
                    && real.getNameCount() == 3
                    && real.getName(0).toString().equals("proc")
                    && real.getName(2).toString().equals("fd");
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses a target in {@code /proc}, {@code /sys} and the like: writing there is telling the kernel something. */
    private static void refuseKernelFiles(Path target, Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String type;
        try {
            type = existing == null ? "" : Files.getFileStore(existing).type();
        } catch (IOException unknown) {
            return;
        }
        if (KERNEL_FILESYSTEMS.contains(type)) {
            throw refused(target, "it is in the kernel's " + type + " file system, not a file on a disk");
        }
    }

    private static FileSystemException refused(Path target, String reason) {
        return new FileSystemException(target.toString(), null, reason);
    }
}

package warta.core.testing;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

/**
 * The machine's own file system, seen through a disk that fills up when a test says so. A path
 * of this file system names the same file as the default file system's path with the same name
 * ({@link #path}), and everything is done to that file; only writes are watched:
 *
 * <ul>
 *   <li>after {@link #fillAfter fillAfter(n)}, writes go on until {@code n} more bytes are
 *       written; the write that crosses the line is cut short (it writes what still fits and
 *       says how much, as {@code write(2)} does), and every write after it fails with
 *       {@code IOException("No space left on device")}, the exception the JDK throws on ENOSPC;
 *   <li>a full disk also refuses to create a file or a folder: {@code FileSystemException(path,
 *       null, "No space left on device")}, as {@code Files.createFile} does;
 *   <li>{@link #free} makes room again. Reading, renaming, deleting and truncating always work.
 * </ul>
 *
 * <p>{@link #exceedQuotaAfter} does the same with EDQUOT's "Disk quota exceeded". Code under test
 * needs no seam of its own: it writes through {@code java.nio.file} to the paths it is given.
 * Thread-safe.
 */
public final class FullDisk extends FileSystem {

    /** The JDK's message for ENOSPC on Linux and macOS. */
    public static final String NO_SPACE = "No space left on device";
    /** The JDK's message for EDQUOT. */
    public static final String QUOTA = "Disk quota exceeded";

    private static final long UNLIMITED = Long.MAX_VALUE;

    private final FileSystem real = FileSystems.getDefault();
    private final FullDiskProvider provider = new FullDiskProvider(this);
    private final AtomicLong left = new AtomicLong(UNLIMITED);
    private volatile String message = NO_SPACE;

    /** A disk with room, until told otherwise. */
    public static FullDisk create() {
        return new FullDisk();
    }

    private FullDisk() {}

    /** {@code path} (of the default file system) on this disk: the same file, written through this disk. */
    public Path path(Path path) {
        if (path instanceof FullDiskPath p) {
            return p;
        }
        return new FullDiskPath(this, path);
    }

    /** No byte more fits: every write, and every new file or folder, fails. */
    public void fill() {
        fillAfter(0);
    }

    /** {@code bytes} more bytes fit; then the disk is full. */
    public void fillAfter(long bytes) {
        message = NO_SPACE;
        left.set(bytes);
    }

    /** {@code bytes} more bytes fit; then every write fails with "Disk quota exceeded". */
    public void exceedQuotaAfter(long bytes) {
        message = QUOTA;
        left.set(bytes);
    }

    /** Room again, as much as is needed. */
    public void free() {
        left.set(UNLIMITED);
    }

    /** How many more bytes fit: {@link Long#MAX_VALUE} when the disk was {@link #free freed}. */
    public long room() {
        return Math.max(0, left.get());
    }

    /** Whether the disk is full now. */
    public boolean full() {
        return left.get() <= 0;
    }

    /**
     * How many of {@code wanted} bytes may be written now: all of them while there is room, what
     * is left when that is less (a short write), none when the disk is full.
     *
     * @throws IOException as the JDK's {@code write} does on a full disk
     */
    int take(int wanted) throws IOException {
        while (true) {
            long room = left.get();
            if (room == UNLIMITED || wanted == 0) {
                return wanted;
            }
            if (room <= 0) {
                throw new IOException(message);
            }
            int granted = (int) Math.min(wanted, room);
            if (left.compareAndSet(room, room - granted)) {
                return granted;
            }
        }
    }

    /** Refuses to make a new file or folder at {@code path} on a full disk, as the JDK does. */
    void checkRoom(Path path) throws FileSystemException {
        if (full()) {
            throw new FileSystemException(path.toString(), null, message);
        }
    }

    Path unwrap(Path path) {
        return path instanceof FullDiskPath p ? p.real() : path;
    }

    FileSystem real() {
        return real;
    }

    @Override
    public FullDiskProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("a full disk over the default file system stays open");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return real.getSeparator();
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return StreamSupport.stream(real.getRootDirectories().spliterator(), false)
                .map(this::path)
                .toList();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return real.getFileStores();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return real.supportedFileAttributeViews();
    }

    @Override
    public Path getPath(String first, String... more) {
        return path(real.getPath(first, more));
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        PathMatcher matcher = real.getPathMatcher(syntaxAndPattern);
        return path -> matcher.matches(unwrap(path));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        return real.getUserPrincipalLookupService();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException("no watching on a full disk");
    }
}

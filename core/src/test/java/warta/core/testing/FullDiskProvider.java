package warta.core.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** The provider of a {@link FullDisk}: the default provider's work on the real paths, writes watched by the disk. */
final class FullDiskProvider extends FileSystemProvider {

    private final FullDisk disk;

    FullDiskProvider(FullDisk disk) {
        this.disk = disk;
    }

    private FileSystemProvider real() {
        return disk.real().provider();
    }

    private Path real(Path path) {
        return disk.unwrap(path);
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FullDisk newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException("make one with FullDisk.create()");
    }

    @Override
    public FullDisk getFileSystem(URI uri) {
        return disk;
    }

    @Override
    public Path getPath(URI uri) {
        return disk.path(Path.of(uri));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        return newFileChannel(path, options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Path file = real(path);
        boolean creates = options.contains(StandardOpenOption.CREATE_NEW)
                || (options.contains(StandardOpenOption.CREATE) && Files.notExists(file, LinkOption.NOFOLLOW_LINKS));
        if (creates) {
            disk.checkRoom(file);
        }
        return new FullDiskChannel(real().newFileChannel(file, options, attrs), disk);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        DirectoryStream<Path> entries = real().newDirectoryStream(real(dir), p -> filter.accept(disk.path(p)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> it = entries.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Path next() {
                        return disk.path(it.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                entries.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        Path real = real(dir);
        if (Files.notExists(real, LinkOption.NOFOLLOW_LINKS)) {
            disk.checkRoom(real);
        }
        real().createDirectory(real, attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        disk.checkRoom(real(link));
        real().createSymbolicLink(real(link), real(target), attrs);
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        return disk.path(real().readSymbolicLink(real(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
        real().delete(real(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        disk.checkRoom(real(target));
        real().copy(real(source), real(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        real().move(real(source), real(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        return real().isSameFile(real(path), real(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        return real().isHidden(real(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        return real().getFileStore(real(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        real().checkAccess(real(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return real().getFileAttributeView(real(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        return real().readAttributes(real(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return real().readAttributes(real(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        real().setAttribute(real(path), attribute, value, options);
    }
}

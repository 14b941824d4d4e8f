package warta.core.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/** A path of a {@link FullDisk}: the default file system's path of the same name, written through the disk. */
record FullDiskPath(FullDisk disk, Path real) implements Path {

    private Path wrap(Path path) {
        return path == null ? null : new FullDiskPath(disk, path);
    }

    /** The other path's real path; a path of the default file system is taken as it is. */
    private Path other(Path other) {
        if (other instanceof FullDiskPath p) {
            return p.real;
        }
        if (other.getFileSystem() == disk.real()) {
            return other;
        }
        throw new ProviderMismatchException(other.toString());
    }

    @Override
    public FullDisk getFileSystem() {
        return disk;
    }

    @Override
    public boolean isAbsolute() {
        return real.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(real.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(real.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(real.getParent());
    }

    @Override
    public int getNameCount() {
        return real.getNameCount();
    }

    @Override
    public Path getName(int index) {
        return wrap(real.getName(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return wrap(real.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof FullDiskPath p && real.startsWith(p.real);
    }

    @Override
    public boolean endsWith(Path other) {
        return other instanceof FullDiskPath p && real.endsWith(p.real);
    }

    @Override
    public Path normalize() {
        return wrap(real.normalize());
    }

    @Override
    public Path resolve(Path other) {
        return wrap(real.resolve(other(other)));
    }

    @Override
    public Path relativize(Path other) {
        return wrap(real.relativize(other(other)));
    }

    @Override
    public URI toUri() {
        return real.toUri();
    }

    @Override
    public Path toAbsolutePath() {
        return wrap(real.toAbsolutePath());
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        return wrap(real.toRealPath(options));
    }

    @Override
    public File toFile() {
        return real.toFile();
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException("no watching on a full disk");
    }

    @Override
    public int compareTo(Path other) {
        return real.compareTo(other(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FullDiskPath p && p.disk == disk && p.real.equals(real);
    }

    @Override
    public int hashCode() {
        return real.hashCode();
    }

    @Override
    public String toString() {
        return real.toString();
    }
}

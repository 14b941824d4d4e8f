package warta.core.model.embedded.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import warta.core.error.WartaException;

/**
 * The {@code .part} file a download grows in, locked against a second download of the same file
 * (in this or another process), with the SHA-256 of what it holds kept up to date. Not
 * thread-safe.
 */
final class PartFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private MessageDigest digest = Sha256.digest();
    private long size;

    private PartFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens (or creates) the part file, locks it, and hashes what an earlier attempt left in it. */
    static PartFile open(Path path) throws IOException {
        FileChannel channel =
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new WartaException("another download of " + path.getFileName() + " is running (" + path
                    + " is locked); wait for it to finish");
        }
        PartFile part = new PartFile(path, channel, lock);
        part.hashExisting();
        return part;
    }

    private void hashExisting() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long position = 0;
        int read;
        while ((read = channel.read(buffer, position)) > 0) {
            digest.update(buffer.flip());
            buffer.clear();
            position += read;
        }
        size = position;
    }

    Path path() {
        return path;
    }

    /** The bytes on disk. */
    long size() {
        return size;
    }

    void append(byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer, size + buffer.position());
        }
        digest.update(bytes, 0, length);
        size += length;
    }

    /** Throws away what is there, to start over. */
    void reset() throws IOException {
        channel.truncate(0);
        digest = Sha256.digest();
        size = 0;
    }

    /** The SHA-256 of the bytes on disk. */
    String sha256() {
        try {
            return Sha256.hex((MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    boolean startsWith(String magic) throws IOException {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer head = ByteBuffer.allocate(expected.length);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // keep reading: a channel may return fewer bytes than asked
        }
        return Arrays.equals(head.array(), expected) && head.position() == expected.length;
    }

    /** Forces the bytes to disk, so the file is whole before it takes its final name. */
    void force() throws IOException {
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}

package warta.core.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A file channel of a {@link FullDisk}: reads as the real channel does, writes only while there is room. */
final class FullDiskChannel extends FileChannel {

    private final FileChannel real;
    private final FullDisk disk;

    FullDiskChannel(FileChannel real, FullDisk disk) {
        this.real = real;
        this.disk = disk;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int granted = disk.take(src.remaining());
        if (granted == src.remaining()) {
            return real.write(src);
        }
        ByteBuffer part = src.slice(src.position(), granted);
        int written = real.write(part);
        src.position(src.position() + written);
        return written;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        int granted = disk.take(src.remaining());
        if (granted == src.remaining()) {
            return real.write(src, position);
        }
        ByteBuffer part = src.slice(src.position(), granted);
        int written = real.write(part, position);
        src.position(src.position() + written);
        return written;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int wanted = srcs[i].remaining();
            int written = write(srcs[i]);
            total += written;
            if (written < wanted) {
                break;
            }
        }
        return total;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        int granted = disk.take((int) Math.min(count, Integer.MAX_VALUE));
        return real.transferFrom(src, position, granted);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return real.read(dsts, offset, length);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return real.read(dst, position);
    }

    @Override
    public long position() throws IOException {
        return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        real.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        real.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        real.force(metaData);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return real.transferTo(position, count, target);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        if (mode != MapMode.READ_ONLY) {
            throw new UnsupportedOperationException("a full disk does not map files for writing");
        }
        return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }
}

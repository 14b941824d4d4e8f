package warta.core.batch.dedup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery of a {@link SignatureStore} file whose last write was cut short: a last line without
 * its line break. Such a line is either a whole record that lost only the break, which is kept and
 * given its break, or a fragment, which is dropped and cut off the file.
 */
final class TornTail {

    private static final Logger log = LoggerFactory.getLogger(SignatureStore.class);
    private static final int CHUNK = 8192;

    private TornTail() {
    }

    /** The length of the file up to and including its last line break; 0 when it has none. */
    static long wholeLength(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long end = channel.size(); end > 0; end -= CHUNK) {
            long start = Math.max(0, end - CHUNK);
            buffer.clear().limit((int) (end - start));
            while (buffer.hasRemaining() && channel.read(buffer, start + buffer.position()) >= 0) {
                // read the whole chunk
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
        }
        return 0;
    }

    /** Keeps {@code line}, the text after byte {@code whole}, when it is a record; otherwise cuts it off. */
    static Optional<SignatureLine> repair(Path file, FileChannel channel, String line, long whole) throws IOException {
        try {
            SignatureLine record = SignatureLine.parse(line);
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), channel.size());
            channel.force(true);
            return Optional.of(record);
        } catch (IllegalArgumentException e) {
            log.warn("{}: dropped a torn last line ({} bytes) left by an interrupted write", file,
                    channel.size() - whole);
            channel.truncate(whole);
            channel.force(true);
            return Optional.empty();
        }
    }
}

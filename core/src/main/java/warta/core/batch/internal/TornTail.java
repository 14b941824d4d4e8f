package warta.core.batch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs the end of an append-only JSON Lines file whose last write a crash may have cut short,
 * so that the next append starts on a line of its own. Only the text after the last line break
 * (the tail) can be torn:
 *
 * <ul>
 *   <li>no tail (an empty file, or one that ends in a line break): the file is not touched;</li>
 *   <li>a tail that is a whole record, as the caller's {@code isRecord} judges it: only the line
 *       break was lost, so it is written and the record kept;</li>
 *   <li>any other tail (a fragment, text that is not JSON, a multi-byte character cut in two):
 *       it is cut off the file, with a warning.</li>
 * </ul>
 *
 * <p>Lines that end in a line break are never changed, whatever they hold: nothing but a torn
 * tail is lost. What is written or cut is forced to disk before {@link #repair} returns. Not
 * thread-safe: call it before anything else uses the channel.
 */
public final class TornTail {

    /** What {@link #repair} did. */
    public enum Repair {
        /** Nothing: the file was empty or ended in a line break. */
        NONE,
        /** The tail was a whole record; its line break was written. */
        LINE_BREAK_ADDED,
        /** The tail was not a whole record and was cut off. */
        CUT
    }

    private static final Logger log = LoggerFactory.getLogger(TornTail.class);
    private static final int CHUNK = 8192;

    private TornTail() {}

    /**
     * Repairs {@code file} through {@code channel}, which must be open for reading and writing
     * (and not in append mode).
     *
     * @param file the file's path, for the warning
     * @param isRecord whether a line (without its line break) is a whole record
     */
    public static Repair repair(Path file, FileChannel channel, Predicate<String> isRecord) throws IOException {
        long size = channel.size();
        long whole = wholeLength(channel);
        if (whole == size) {
            return Repair.NONE;
        }
        String tail = decode(read(channel, whole, size));
        if (tail != null && isRecord.test(tail)) {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
            channel.force(true);
            return Repair.LINE_BREAK_ADDED;
        }
        log.warn("{}: dropped a torn last line ({} bytes) left by an interrupted write", file, size - whole);
        channel.truncate(whole);
        channel.force(true);
        return Repair.CUT;
    }

    /** The length of the file up to and including its last line break; 0 when it has none. */
    static long wholeLength(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long end = channel.size(); end > 0; end -= CHUNK) {
            long start = Math.max(0, end - CHUNK);
            buffer.clear().limit((int) (end - start));
            fill(channel, buffer, start);
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
        }
        return 0;
    }

    private static ByteBuffer read(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
        fill(channel, buffer, from);
        return buffer.flip();
    }

    private static void fill(FileChannel channel, ByteBuffer buffer, long from) throws IOException {
        while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
            // read until the buffer is full or the file ends
        }
    }

    /** The tail as text, or null when it is not valid UTF-8 (a character cut by the crash): not a record. */
    private static String decode(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

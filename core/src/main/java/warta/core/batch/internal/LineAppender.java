package warta.core.batch.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Appends lines to an append-only JSON Lines file whole or not at all. A full disk writes what
 * still fits and then fails, which would leave a fragment at the end of the file for the next
 * line to be glued to: a failed {@link #append} cuts the file back to where it was before passing
 * the exception on (cutting frees space, so it works on a full disk), and should that fail too,
 * the next append cuts first. A crash in the middle is {@link TornTail}'s to repair at the next open.
 *
 * <p>Not thread-safe: the caller serialises appends, and nothing else writes through the channel.
 */
public final class LineAppender {

    private final FileChannel channel;
    private long end;

    /** Appends through {@code channel} (open for writing, in append mode or positioned at the end). */
    public LineAppender(FileChannel channel) throws IOException {
        this.channel = channel;
        this.end = channel.size();
    }

    /**
     * Writes {@code line} and a line break, and forces them to disk ({@code metadata}: the file's
     * metadata too) before returning.
     *
     * @throws IOException when the line could not be written whole; the file then ends where it did
     */
    public void append(String line, boolean metadata) throws IOException {
        if (channel.size() != end) {
            channel.truncate(end);
        }
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(metadata);
        } catch (IOException e) {
            try {
                channel.truncate(end);
            } catch (IOException cut) {
                e.addSuppressed(cut);
            }
            throw e;
        }
        end += bytes.capacity();
    }
}

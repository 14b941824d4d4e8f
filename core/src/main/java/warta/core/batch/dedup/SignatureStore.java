package warta.core.batch.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.internal.LineAppender;
import warta.core.batch.internal.TornTail;
import warta.core.error.WartaException;

/**
 * The signatures of every article processed so far, kept in an append-only JSON Lines file
 * ({@code {"id":"...","minhash":[...]}} a line) so that later batches are checked against earlier
 * ones.
 *
 * <p>Crash-safe: {@link #append} returns only once its line is on disk, and a line is written in
 * one piece ending in a line break. A last line without its break is a write cut short by a crash:
 * {@link #open} keeps it when it is still a whole record, otherwise drops it (with a warning) and
 * cuts the file back to the last whole line, so the next append starts on a fresh line. Any other
 * line that is not a record is logged as a warning and skipped; blank lines are skipped.
 *
 * <p>Thread-safe. One process at a time: the file is locked while the store is open, and
 * {@link #open} fails on a file that another process holds. Signatures are kept in memory as well
 * (about 0.6 KB each) so that {@link #load} needs no I/O.
 */
public final class SignatureStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignatureStore.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final LineAppender appender;
    private final List<SignatureLine> lines;
    private boolean closed;

    private SignatureStore(Path file, FileChannel channel, FileLock lock, List<SignatureLine> lines)
            throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.appender = new LineAppender(channel);
        this.lines = lines;
    }

    /**
     * Opens {@code file}, creating it (and its folder) when missing, and reads what it holds.
     * Throws {@link WartaException} naming the file when it cannot be read or written, or is open
     * in another process.
     */
    public static SignatureStore open(Path file) {
        Objects.requireNonNull(file, "file");
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new WartaException("signature store " + file + " is open in another process");
            }
            List<SignatureLine> lines = read(file, channel);
            channel.position(channel.size());
            return new SignatureStore(file, channel, lock, lines);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel, e);
            throw e instanceof WartaException w
                    ? w
                    : new WartaException("cannot open signature store " + file + ": " + e, e);
        }
    }

    /** Every stored signature, in the order stored, added to a new {@link NearDuplicates}. */
    public NearDuplicates load(double threshold) {
        NearDuplicates duplicates = new NearDuplicates(threshold);
        List<SignatureLine> copy;
        synchronized (this) {
            copy = List.copyOf(lines);
        }
        copy.forEach(line -> duplicates.add(line.id(), line.signature()));
        return duplicates;
    }

    /**
     * Appends one record and forces it to disk before returning. A record that cannot be written
     * (a full disk) leaves nothing of itself in the file; the exception's cause is the {@link IOException}.
     */
    public synchronized void append(String id, Signature signature) {
        SignatureLine line = new SignatureLine(id, signature);
        if (closed) {
            throw new IllegalStateException("signature store " + file + " is closed");
        }
        try {
            appender.append(line.format(), true);
        } catch (IOException e) {
            throw new WartaException("cannot append to signature store " + file + ": " + e, e);
        }
        lines.add(line);
    }

    /** Releases the file. Closing twice does nothing; appending afterwards throws. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new WartaException("cannot close signature store " + file + ": " + e, e);
        }
    }

    private static List<SignatureLine> read(Path file, FileChannel channel) throws IOException {
        TornTail.repair(file, channel, SignatureStore::isRecord);
        List<SignatureLine> lines = new ArrayList<>();
        // Not closed: that would close the channel, and with it the lock. InputStreamReader replaces
        // malformed UTF-8 instead of failing, so a damaged line is skipped like any other.
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel.position(0)), StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (!line.isBlank()) {
                parse(file, number, line, lines);
            }
        }
        return lines;
    }

    private static boolean isRecord(String line) {
        try {
            SignatureLine.parse(line);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void parse(Path file, int number, String line, List<SignatureLine> lines) {
        try {
            lines.add(SignatureLine.parse(line));
        } catch (IllegalArgumentException e) {
            log.warn("{}:{}: skipped, not a signature record: {}", file, number, e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}

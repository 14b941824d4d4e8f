package warta.core.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.internal.LineAppender;
import warta.core.batch.internal.TornTail;

/**
 * The batch's memory: an append-only JSON Lines file of {@link LedgerEntry}s, one per attempt.
 * Each entry is written and forced to disk before {@link #append} returns, so a crash (kill -9
 * included) loses at most the attempt in flight; the next open repairs a torn last line as
 * {@link TornTail} says (a whole entry that lost its line break is kept, a fragment is cut off),
 * and an append that fails (a full disk) leaves nothing of itself ({@link LineAppender}).
 * The latest entry of an id wins. Thread-safe.
 */
public final class Ledger implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FileChannel channel;
    private final LineAppender lines;
    private final Map<String, LedgerEntry> latest = new LinkedHashMap<>();

    private Ledger(FileChannel channel, List<LedgerEntry> entries) throws IOException {
        this.channel = channel;
        this.lines = new LineAppender(channel);
        entries.forEach(e -> latest.put(e.id(), e));
    }

    /**
     * Opens (or creates) the ledger at {@code file} and reads what it holds, after a
     * {@link TornTail} repair of its last line. A line that is not an entry is skipped with a warning.
     */
    public static Ledger open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel repair =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            TornTail.repair(file, repair, line -> parse(line).isPresent());
        }
        List<LedgerEntry> entries = read(file);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Ledger(channel, entries);
    }

    private static List<LedgerEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(MAPPER.readValue(line, LedgerEntry.class));
            } catch (JsonProcessingException e) {
                log.warn("{} line {} is not a ledger entry and is skipped: {}", file, i + 1, e.getOriginalMessage());
            }
        }
        return entries;
    }

    private static Optional<LedgerEntry> parse(String line) {
        try {
            return Optional.of(MAPPER.readValue(line, LedgerEntry.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The latest entry of {@code id}, if any. */
    public synchronized Optional<LedgerEntry> latest(String id) {
        return Optional.ofNullable(latest.get(id));
    }

    /** Every id's latest entry, in the order the ids first appeared. */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(latest.values());
    }

    /**
     * Records an attempt; it is on disk when this returns. When it cannot be written (a full disk)
     * nothing of it is left in the file, and the exception's cause is the {@link IOException}.
     */
    public synchronized void append(LedgerEntry entry) {
        try {
            lines.append(MAPPER.writeValueAsString(entry), false);
            latest.put(entry.id(), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch ledger", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}

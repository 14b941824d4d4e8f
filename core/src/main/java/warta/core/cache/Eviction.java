package warta.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ResponseCache} folder within its bound, least recently used first. Cheap on the
 * way: each process keeps an estimate of the folder's bytes (a scan on the first write, then what
 * it wrote itself), and only when the estimate passes the bound does it scan the folder, sort the
 * answers by modification time (a hit touches it) and delete the oldest until the folder is
 * under {@value #LOW_WATER_PERCENT}% of the bound. Another process's writes are seen at the next
 * scan. A file that vanishes while it is looked at was deleted by someone else and is skipped;
 * an answer's temporary file left by a crash is deleted once it is an hour old. Thread-safe.
 */
final class Eviction {

    /** Where an eviction stops, in percent of the bound, so that the next write does not scan again. */
    static final int LOW_WATER_PERCENT = 90;

    private static final Duration STALE_TEMP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Eviction.class);

    private final Path dir;
    private final long maxBytes;
    private long estimate = -1;

    Eviction(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Counts {@code bytes} just written; evicts when the folder may now be over the bound. */
    synchronized void added(long bytes) {
        if (estimate < 0) {
            estimate = total(scan());
        } else {
            estimate += bytes;
        }
        if (estimate > maxBytes) {
            estimate = evict(scan(), maxBytes * LOW_WATER_PERCENT / 100);
        }
    }

    synchronized CacheStats stats() {
        List<Entry> entries = scan();
        Instant oldest = entries.isEmpty() ? null : entries.getFirst().used();
        Instant newest = entries.isEmpty() ? null : entries.getLast().used();
        return new CacheStats(dir, entries.size(), total(entries), maxBytes, oldest, newest);
    }

    synchronized int clear() {
        int deleted = 0;
        for (Entry entry : scan()) {
            deleted += delete(entry.file()) ? 1 : 0;
        }
        estimate = 0;
        return deleted;
    }

    /** Deletes the oldest of {@code entries} (sorted oldest first) until at most {@code target} bytes are left; returns what is left. */
    private static long evict(List<Entry> entries, long target) {
        long left = total(entries);
        int deleted = 0;
        for (Entry entry : entries) {
            if (left <= target) {
                break;
            }
            delete(entry.file());
            left -= entry.bytes();
            deleted++;
        }
        log.debug("evicted {} cached answers, {} bytes left", deleted, left);
        return left;
    }

    /** The answers in the folder, least recently used first; an empty list when there is no folder. */
    private List<Entry> scan() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> shards = Files.list(dir)) {
            for (Path shard : shards.filter(Files::isDirectory).toList()) {
                scanShard(shard, entries);
            }
        } catch (IOException | UncheckedIOException e) {
            log.debug("cannot list the cache {}: {}", dir, e.toString());
        }
        entries.sort(Comparator.comparing(Entry::used));
        return entries;
    }

    private static void scanShard(Path shard, List<Entry> entries) {
        try (Stream<Path> files = Files.list(shard)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                BasicFileAttributes attributes = attributes(file);
                if (attributes == null || !attributes.isRegularFile()) {
                    continue;
                }
                Instant used = attributes.lastModifiedTime().toInstant();
                if (name.startsWith(".")) {
                    if (used.isBefore(Instant.now().minus(STALE_TEMP))) {
                        delete(file);
                    }
                } else if (name.endsWith(".json")) {
                    entries.add(new Entry(file, attributes.size(), used));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the shard was removed by a clear in another process
            log.debug("cannot list {}: {}", shard, e.toString());
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean delete(Path file) {
        try {
            Files.delete(file);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            log.debug("cannot delete {}: {}", file, e.toString());
            return false;
        }
    }

    private static long total(List<Entry> entries) {
        return entries.stream().mapToLong(Entry::bytes).sum();
    }

    private record Entry(Path file, long bytes, Instant used) {}
}

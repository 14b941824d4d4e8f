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
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link ResponseCache} folder within its bound, least recently used first, off the
 * writer's way. Each process keeps an estimate of the folder's bytes: unknown at first, then what a
 * scan found plus what it wrote itself. When the estimate is unknown or over the bound, or the
 * process has written a tenth of the bound since its last scan, a
 * background task (one at a time) scans the folder, sorts the answers by modification time (a hit
 * touches it) and deletes the oldest until the folder is under {@value #LOW_WATER_PERCENT}% of the
 * bound; a write never waits for it (a scan of a large folder, or deleting thousands of files, takes
 * seconds). Another process's writes are seen at the next scan, so writers sharing a folder may
 * pass the bound by about a tenth of it each. A file that vanishes while it is
 * looked at was deleted by someone else and is skipped; an answer's temporary file left by a crash
 * is deleted once it is an hour old. Thread-safe.
 */
final class Eviction {

    /** Where an eviction stops, in percent of the bound, so that the next write does not scan again. */
    static final int LOW_WATER_PERCENT = 90;

    /** A process that wrote this fraction of the bound since its last scan scans again. */
    static final int RESCAN_FRACTION = 10;

    /** Runs each task on a daemon thread of its own: a process may exit during an eviction. */
    static final Executor BACKGROUND =
            task -> Thread.ofPlatform().daemon().name("warta-cache-eviction").start(task);

    private static final Duration STALE_TEMP = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(Eviction.class);

    private final Path dir;
    private final long maxBytes;
    private final Executor background;
    /** The folder's bytes as this process knows them, or -1 before the first scan; guarded by this. */
    private long estimate = -1;
    /** Bytes written since the running task began its scan; guarded by this. */
    private long addedSinceScan;
    /** Bytes this process wrote since its last scan ended; guarded by this. */
    private long writtenSinceScan;
    /** Whether a task is scanning or evicting now; guarded by this. */
    private boolean running;

    Eviction(Path dir, long maxBytes, Executor background) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.background = background;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Counts {@code bytes} just written; starts a scan when the folder's size is unknown or may be
     * over the bound, or when this process has written a tenth of the bound since its last scan
     * (so that what other processes wrote meanwhile is counted too, and several writers sharing a
     * folder keep it near its bound rather than each adding a bound of its own).
     */
    void added(long bytes) {
        synchronized (this) {
            addedSinceScan += bytes;
            writtenSinceScan += bytes;
            if (estimate >= 0) {
                estimate += bytes;
            }
            boolean known = estimate >= 0 && estimate <= maxBytes && writtenSinceScan < maxBytes / RESCAN_FRACTION;
            if (running || known) {
                return;
            }
            running = true;
            addedSinceScan = 0;
            writtenSinceScan = 0;
        }
        background.execute(this::refresh);
    }

    /**
     * Scans, evicts when over the bound, and keeps what is left as the estimate; again while the
     * writes made during a round put the folder over the bound.
     */
    private void refresh() {
        while (true) {
            long left = scanAndEvict();
            synchronized (this) {
                // what was written during the scan may be counted twice: the next eviction comes a little early
                estimate = left < 0 ? -1 : left + addedSinceScan;
                if (left < 0 || estimate <= maxBytes) {
                    running = false;
                    writtenSinceScan = 0; // what was written while it ran is in the estimate
                    return;
                }
                addedSinceScan = 0;
            }
        }
    }

    /** The bytes left in the folder after evicting, or -1 when it could not be scanned. */
    private long scanAndEvict() {
        try {
            List<Entry> entries = scan();
            long left = total(entries);
            return left > maxBytes ? evict(entries, maxBytes * LOW_WATER_PERCENT / 100) : left;
        } catch (RuntimeException e) {
            log.debug("cannot keep the cache {} within its bound: {}", dir, e.toString());
            return -1;
        }
    }

    CacheStats stats() {
        List<Entry> entries = scan();
        Instant oldest = entries.isEmpty() ? null : entries.getFirst().used();
        Instant newest = entries.isEmpty() ? null : entries.getLast().used();
        return new CacheStats(dir, entries.size(), total(entries), maxBytes, oldest, newest);
    }

    int clear() {
        int deleted = 0;
        for (Entry entry : scan()) {
            deleted += delete(entry.file()) ? 1 : 0;
        }
        synchronized (this) {
            estimate = running ? estimate : 0;
        }
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

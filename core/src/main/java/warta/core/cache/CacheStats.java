package warta.core.cache;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a {@link ResponseCache} folder holds.
 *
 * @param dir the folder
 * @param entries the answers in it
 * @param bytes their size
 * @param maxBytes the bound
 * @param oldestUse when the least recently used answer was last used, or null when there is none
 * @param newestUse when the most recently used answer was last used, or null when there is none
 */
public record CacheStats(Path dir, int entries, long bytes, long maxBytes, Instant oldestUse, Instant newestUse) {}

package warta.core.batch;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import warta.core.process.Task;

/**
 * How a batch runs.
 *
 * @param outDir where results, the index and the ledger go
 * @param tasks what to do with each article
 * @param markdown whether to write a {@code .md} beside each {@code .json}
 * @param force redo every article, even those the ledger has as done
 * @param skipDuplicates spend no tokens on near-duplicates of earlier articles
 * @param concurrency model requests in flight at once, across articles
 */
public record BatchOptions(
        Path outDir, Set<Task> tasks, boolean markdown, boolean force, boolean skipDuplicates, int concurrency) {

    public BatchOptions {
        Objects.requireNonNull(outDir, "outDir");
        tasks = Set.copyOf(EnumSet.copyOf(tasks));
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
    }

    /** The hidden folder inside {@code outDir} that holds the ledger and caches. */
    public Path stateDir() {
        return outDir.resolve(".warta");
    }
}

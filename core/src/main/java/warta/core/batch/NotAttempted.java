package warta.core.batch;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.source.BatchItem;

/**
 * Counts the articles a stopped run did not get to, for its report: the items left in its
 * sources, less those already taken up and those the ledger has as finished (a rerun skips them
 * for nothing). Only the listing is read, never an article. A listing that does not end within
 * {@link #WAIT} (a pipe on standard input kept open) gives what was counted by then, so a stopped
 * run never hangs on it.
 */
final class NotAttempted {

    static final Duration WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(NotAttempted.class);

    private NotAttempted() {}

    /**
     * @param rest the items not taken up yet; read on a thread of its own, and not to be used after
     * @param taken the ids taken up so far; added to, on that thread
     * @param finished whether the ledger has an id as finished
     */
    static int count(Iterator<BatchItem> rest, Set<String> taken, Predicate<String> finished) {
        AtomicInteger counted = new AtomicInteger();
        Thread counter = Thread.ofPlatform().daemon().name("warta-batch-count").start(() -> {
            try {
                while (rest.hasNext()) {
                    String id = rest.next().id();
                    if (taken.add(id) && !finished.test(id)) {
                        counted.incrementAndGet();
                    }
                }
            } catch (RuntimeException e) {
                log.debug("counting the articles left: {}", e.getMessage());
            }
        });
        try {
            if (!counter.join(WAIT)) {
                log.debug("the sources were still being listed after {}; the count is what was found by then", WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return counted.get();
    }
}

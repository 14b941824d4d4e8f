package warta.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import warta.core.error.CancelledException;

/**
 * Runs one step of a digest over many items on up to {@code concurrency} threads, results in the
 * items' order. The first failure is thrown as it was (the other items are cancelled); an
 * interrupt of the caller cancels them all and is a {@link CancelledException}.
 */
final class Work {

    private Work() {}

    static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> step) {
        if (items.size() <= 1 || concurrency <= 1) {
            return items.stream().map(step).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), concurrency), r -> {
            Thread t = new Thread(r, "warta-digest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> step.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("the digest was cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package warta.core.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import warta.core.error.CancelledException;

/**
 * Runs one step of a digest over many items on up to {@code concurrency} threads, results in the
 * items' order. Results are taken as they complete, so the first failure is thrown as it was as
 * soon as it happens, whichever item it is (the step turns the failures that must not end the
 * digest into values itself); the other items are then cancelled. An interrupt of the caller
 * cancels them all and is a {@link CancelledException}. Before it returns or throws, the pool's
 * threads are interrupted and waited for (at most {@link #STOP_WAIT}), so that a caller's worker
 * does not finish while threads of its digest still call the model.
 */
final class Work {

    /** How long the threads still running are waited for once the work ended. */
    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private Work() {}

    static <T, R> List<R> map(List<T> items, int concurrency, Function<T, R> step) {
        if (items.size() <= 1 || concurrency <= 1) {
            return sequential(items, step);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), concurrency), r -> {
            Thread t = new Thread(r, "warta-digest");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<R> completion = new ExecutorCompletionService<>(pool);
            Map<Future<R>, Integer> index = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                index.put(completion.submit(() -> step.apply(item)), i);
            }
            Object[] results = new Object[items.size()];
            for (int n = 0; n < items.size(); n++) {
                Future<R> done = completion.take();
                results[index.get(done)] = done.get();
            }
            @SuppressWarnings("unchecked")
            List<R> ordered = (List<R>) Arrays.asList(results);
            return new ArrayList<>(ordered);
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
            stop(pool);
        }
    }

    private static <T, R> List<R> sequential(List<T> items, Function<T, R> step) {
        List<R> results = new ArrayList<>();
        for (T item : items) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancelledException("the digest was cancelled");
            }
            results.add(step.apply(item));
        }
        return results;
    }

    /** Interrupts the threads still working and waits for them, keeping the caller's interrupt. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

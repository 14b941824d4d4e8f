package warta.core.work;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs model-backed work: at most {@code workers} pieces at once, on its own threads (never on an
 * event loop), and at most {@code queueSize} waiting; beyond that {@link #submit} refuses at once
 * with a {@link QueueFullException}, and after {@link #close} with a {@link ShuttingDownException}.
 *
 * <p>Each piece may run for {@code timeout} (or the limit it was submitted with) from the moment it starts; then its future fails with
 * a {@link WorkTimeoutException} and its thread is interrupted. A future completed from outside
 * (cancelled by the caller) interrupts the work the same way, and work still waiting is skipped.
 * The worker is busy until the interrupted work actually returns, so the limit on concurrent
 * model calls holds even for work that is slow to notice. Thread-safe.
 */
public final class WorkQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);
    /** How long {@link #close} lets started and waiting work finish. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final int workers;
    private final int queueSize;
    private final Duration timeout;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService timer;
    private final AtomicInteger running = new AtomicInteger();
    private final RunTimes runTimes;
    private volatile boolean closing;

    /**
     * @param workers pieces of work run at once, at least 1
     * @param queueSize pieces that may wait for a worker, 0 or more
     * @param timeout the longest one piece may run, positive
     */
    public WorkQueue(int workers, int queueSize, Duration timeout) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (queueSize < 0) {
            throw new IllegalArgumentException("queueSize must not be negative, not " + queueSize);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        this.workers = workers;
        this.queueSize = queueSize;
        this.timeout = timeout;
        this.runTimes = new RunTimes(timeout);
        this.executor = new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.MILLISECONDS,
                queueSize == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueSize),
                Thread.ofPlatform().name("warta-work-", 0).daemon().factory());
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("warta-work-timer").daemon().factory());
    }

    /**
     * Queues {@code work}; the future completes with its value or the exception it threw (not
     * wrapped), or fails with a {@link WorkTimeoutException}.
     *
     * @throws QueueFullException when every worker is busy and the queue is full
     * @throws ShuttingDownException after {@link #close}
     */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        return submit(work, timeout, null);
    }

    /**
     * Queues {@code work} as {@link #submit(Callable)} does, but with its own limit instead of the
     * queue's (a digest of many articles beside single ones).
     *
     * @param timeout the longest this piece may run, positive
     * @param setting the setting that gave the limit, named by the {@link WorkTimeoutException}
     */
    public <T> CompletableFuture<T> submit(Callable<T> work, Duration timeout, String setting) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closing) {
            throw new ShuttingDownException();
        }
        try {
            executor.execute(() -> run(work, result, timeout, setting));
        } catch (RejectedExecutionException e) {
            if (closing) {
                throw new ShuttingDownException();
            }
            throw new QueueFullException(workers, queueSize, runTimes.retryAfter(waiting() + 1, workers));
        }
        return result;
    }

    /** Pieces of work waiting for a worker. */
    public int waiting() {
        return executor.getQueue().size();
    }

    /** Pieces of work being run. */
    public int running() {
        return running.get();
    }

    /** Takes no more work, lets what was taken finish for a while, then interrupts the rest. */
    public void close() {
        closing = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("interrupting {} running articles at shutdown", running());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
        }
    }

    private <T> void run(Callable<T> work, CompletableFuture<T> result, Duration timeout, String setting) {
        if (result.isDone()) {
            return;
        }
        running.incrementAndGet();
        long start = System.nanoTime();
        Interruption interruption = new Interruption(Thread.currentThread());
        result.whenComplete((value, error) -> interruption.interrupt());
        var deadline = timer.schedule(
                () -> result.completeExceptionally(
                        setting == null
                                ? new WorkTimeoutException(timeout)
                                : new WorkTimeoutException(timeout, setting)),
                timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        try {
            result.complete(work.call());
        } catch (Throwable e) {
            result.completeExceptionally(e);
        } finally {
            deadline.cancel(false);
            interruption.finish();
            running.decrementAndGet();
            runTimes.record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Interrupts one piece of work's thread while it runs it, and never after: the thread goes
     * on to other work, which must not inherit the interrupt.
     */
    private static final class Interruption {
        private final Thread thread;
        private boolean finished;

        Interruption(Thread thread) {
            this.thread = thread;
        }

        synchronized void interrupt() {
            if (!finished && Thread.currentThread() != thread) {
                thread.interrupt();
            }
        }

        synchronized void finish() {
            finished = true;
            Thread.interrupted();
        }
    }
}

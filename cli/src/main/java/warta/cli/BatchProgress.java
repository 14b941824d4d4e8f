package warta.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import warta.core.batch.BatchListener;
import warta.core.batch.ItemOutcome;

/**
 * Shows a batch's progress on stderr: a progress bar (articles done, failed, tokens, rate, time
 * left when the total is known) when stderr is a terminal, a plain line every
 * {@value #LINE_EVERY_SECONDS} seconds otherwise (logs stay readable), nothing with
 * {@code --quiet}. Thread-safe.
 */
final class BatchProgress implements BatchListener, AutoCloseable {

    static final int LINE_EVERY_SECONDS = 10;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final boolean lines;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final long start = System.nanoTime();
    private volatile long lastLine = System.nanoTime();

    private BatchProgress(PrintWriter err, ProgressBar bar, boolean lines) {
        this.err = err;
        this.bar = bar;
        this.lines = lines;
    }

    static BatchProgress of(PrintWriter err, boolean terminal, boolean quiet) {
        if (quiet) {
            return new BatchProgress(err, null, false);
        }
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("warta batch")
                    .setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
            return new BatchProgress(err, bar, false);
        }
        return new BatchProgress(err, null, true);
    }

    @Override
    public void finished(ItemOutcome outcome) {
        if (outcome.status() == ItemOutcome.Status.ABANDONED) {
            return; // not done: a full disk stopped the run, and the final report says so
        }
        done.incrementAndGet();
        if (outcome.failed()) {
            failed.incrementAndGet();
        }
        tokens.addAndGet(outcome.inputTokens() + outcome.outputTokens());
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, " %d failed, %,d tokens", failed.get(), tokens.get()));
        } else if (lines && System.nanoTime() - lastLine > LINE_EVERY_SECONDS * 1_000_000_000L) {
            lastLine = System.nanoTime();
            line();
        }
    }

    private synchronized void line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(
                Locale.ROOT,
                "warta: batch: %d done, %d failed, %,d tokens, %.2f articles/s%n",
                done.get(),
                failed.get(),
                tokens.get(),
                done.get() / Math.max(seconds, 0.001));
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

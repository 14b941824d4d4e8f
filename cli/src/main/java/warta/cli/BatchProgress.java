package warta.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import warta.core.batch.BatchListener;
import warta.core.batch.ItemOutcome;

/**
 * Shows a batch's progress on stderr: a progress bar (articles done of the total, failed, tokens,
 * rate, time left; the total is known when every source is a local file or folder) when stderr is
 * a terminal, cleared when the run ends, a plain line every
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
    private final AtomicLong cachedTokens = new AtomicLong();
    private final long start = System.nanoTime();
    private volatile long lastLine = System.nanoTime();

    private BatchProgress(PrintWriter err, ProgressBar bar, boolean lines) {
        this.err = err;
        this.bar = bar;
        this.lines = lines;
    }

    /**
     * @param total how many articles the run will take up, when known (the bar shows "3/10" and the
     *     time left, else "3/?")
     */
    static BatchProgress of(PrintWriter err, boolean terminal, boolean quiet, OptionalLong total) {
        if (quiet) {
            return new BatchProgress(err, null, false);
        }
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("warta batch")
                    .setInitialMax(total.orElse(-1))
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .continuousUpdate()
                    .setConsumer(new Frames(err))
                    .build();
            return new BatchProgress(err, bar, false);
        }
        return new BatchProgress(err, null, true);
    }

    /**
     * Draws the bar on the command's error writer, each frame one write that starts with
     * {@code '\r'}, which {@link TerminalLines} keeps below the log lines; cleared at the end, where
     * the report takes its place.
     */
    private static final class Frames implements ProgressBarConsumer {

        private static final int DEFAULT_WIDTH = 100;
        private final PrintWriter err;
        private final int width;

        Frames(PrintWriter err) {
            this.err = err;
            int columns = new ConsoleProgressBarConsumer(new PrintStream(OutputStream.nullOutputStream()))
                    .getMaxRenderedLength();
            this.width = columns > 0 ? columns : DEFAULT_WIDTH;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String frame) {
            synchronized (err) {
                err.print("\r" + frame);
                err.flush();
            }
        }

        @Override
        public void close() {
            clear();
        }
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
        cachedTokens.addAndGet(outcome.cachedInputTokens());
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(String.format(
                    Locale.ROOT,
                    " %d failed, %,d tokens (%,d cached)",
                    failed.get(),
                    tokens.get(),
                    cachedTokens.get()));
        } else if (lines && System.nanoTime() - lastLine > LINE_EVERY_SECONDS * 1_000_000_000L) {
            lastLine = System.nanoTime();
            line();
        }
    }

    private synchronized void line() {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(
                Locale.ROOT,
                "warta: batch: %d done, %d failed, %,d tokens (%,d from the model's prompt cache), %.2f articles/s%n",
                done.get(),
                failed.get(),
                tokens.get(),
                cachedTokens.get(),
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

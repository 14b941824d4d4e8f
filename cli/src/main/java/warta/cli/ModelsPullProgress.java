package warta.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import warta.core.model.embedded.store.Bytes;
import warta.core.model.embedded.store.DownloadListener;

/**
 * Shows a model download on stderr: a progress bar (MB, speed, time left) when stderr is a
 * terminal, otherwise a plain line at every tenth of the file, so logs stay short; notices and the
 * checksum result always, one line each. Used from the downloading thread only.
 */
final class ModelsPullProgress implements DownloadListener, AutoCloseable {

    private final PrintWriter err;
    private final String name;
    private final boolean terminal;
    private final boolean quiet;
    private ProgressBar bar;
    private long lastTenth = -1;

    private ModelsPullProgress(PrintWriter err, String name, boolean terminal, boolean quiet) {
        this.err = err;
        this.name = name;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    static ModelsPullProgress of(PrintWriter err, String name, boolean terminal, boolean quiet) {
        return new ModelsPullProgress(err, name, terminal, quiet);
    }

    @Override
    public void started(URI url, long done, long total) {
        if (quiet) {
            return;
        }
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName(name)
                        .setInitialMax(total)
                        .setUnit(" MB", 1_000_000)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .showSpeed()
                        .continuousUpdate()
                        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                        .build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
            return;
        }
        lastTenth = tenth(done, total);
        line(done, total);
    }

    @Override
    public void progress(long done, long total) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (!quiet && !terminal && tenth(done, total) > lastTenth) {
            lastTenth = tenth(done, total);
            line(done, total);
        }
    }

    private static long tenth(long done, long total) {
        return total > 0 ? done * 10 / total : -1;
    }

    private void line(long done, long total) {
        err.println("warta: " + name + ": " + Bytes.format(done)
                + (total >= 0
                        ? " of " + Bytes.format(total) + " (" + Math.round(100.0 * done / Math.max(1, total)) + "%)"
                        : ""));
        err.flush();
    }

    @Override
    public void notice(String message) {
        err.println("warta: " + message);
        err.flush();
    }

    @Override
    public void verified(String sha256, String source) {
        closeBar();
        err.println("warta: " + name + ": SHA-256 " + sha256 + " matches " + source);
        err.flush();
    }

    @Override
    public void unverified(String sha256) {
        closeBar();
        err.println("warta: " + name
                + ": could not verify the download: neither the catalogue nor the server gave a SHA-256"
                + " (the file's is " + sha256 + ")");
        err.flush();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}

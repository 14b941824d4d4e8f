package warta.cli;

import java.io.PrintWriter;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestProgress;

/**
 * The progress of {@code warta digest} on stderr: one line redrawn in place ({@code \r}), "digest
 * articles [#####-----] 3/5", while stderr is a terminal, cleared at the end; nothing otherwise, so
 * logs and pipes stay clean. Thread-safe: the digest reports from its worker threads.
 */
final class DigestProgressLine implements DigestListener, AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int drawnLength;

    DigestProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(DigestProgress progress) {
        if (!terminal) {
            return;
        }
        String line = line(progress);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** One frame: "digest stories [#####-----] 1/3". */
    static String line(DigestProgress p) {
        int total = Math.max(p.total(), 0);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * Math.min(p.done(), total) / total);
        return "digest " + p.stage() + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + p.done() + "/"
                + p.total();
    }

    @Override
    public synchronized void close() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}

package warta.cli;

import java.io.PrintWriter;
import warta.core.eval.EvalListener;

/**
 * The progress of {@code warta eval} on stderr: a bar redrawn in place ({@code \r}) while stderr is
 * a terminal, cleared when the model's run ends; nothing otherwise, so logs and pipes stay clean.
 */
final class EvalProgress implements EvalListener, AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int drawnLength;

    EvalProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void itemDone(String label, int done, int total) {
        if (!terminal) {
            return;
        }
        String line = line(label, done, total);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /** One frame: "eval MODEL [#####-----] 37/500". */
    static String line(String label, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "eval " + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }

    @Override
    public void close() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
    }
}

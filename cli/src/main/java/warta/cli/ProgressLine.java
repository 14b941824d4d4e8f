package warta.cli;

import java.io.PrintWriter;
import warta.core.process.ProcessListener;
import warta.core.process.Stage;

/**
 * A one-line progress display on stderr for an article of several chunks, redrawn in place
 * ({@code \r}); drawn only when stderr is a terminal, so logs and pipes stay clean.
 */
final class ProgressLine implements ProcessListener {

    private final PrintWriter err;
    private final String label;
    private int done;
    private boolean drawn;

    ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void chunkFinished(int index, int total) {
        done++;
        if (total > 1) {
            err.print("\r" + label + ": translated " + done + " of " + total + " chunks");
            err.flush();
            drawn = true;
        }
    }

    @Override
    public synchronized void stage(Stage stage) {
        if (drawn && stage != Stage.TRANSLATE) {
            err.print("\r" + label + ": " + stage.id() + "\u2026" + " ".repeat(24));
            err.flush();
        }
    }

    /** Clears the line, if one was drawn. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + 40) + "\r");
            err.flush();
        }
    }
}

package warta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Standard error shared by a status line (a progress bar, a progress line) and ordinary lines (log
 * warnings, messages), so that neither breaks the other. A write that starts with {@code '\r'}
 * and holds no line break is a status frame: it is drawn in place and remembered. Any other write
 * first clears a frame that is on the screen, is written, and once its line has ended the frame is
 * drawn again below it. A blank frame ({@code "\r   \r"}, what a progress display writes to clear
 * itself) clears the line and forgets the frame; a line break written straight after a frame ends
 * the frame's line, leaving the frame as it was drawn. Thread-safe: every write is whole.
 *
 * <p>{@link Main#main} puts it under {@code System.err} (where the log goes) and the commands'
 * error writer alike.
 */
final class TerminalLines extends OutputStream {

    private final OutputStream out;
    private byte[] frame;
    private boolean frameShown;
    private boolean midLine;

    TerminalLines(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        if (b[off] == '\r' && !contains(b, off, len, (byte) '\n')) {
            frame(Arrays.copyOfRange(b, off, off + len));
            return;
        }
        if (frameShown) {
            if (b[off] == '\n') {
                frame = null; // the frame's own line ends: it stays as drawn
            } else {
                clear();
            }
            frameShown = false;
        }
        out.write(b, off, len);
        midLine = b[off + len - 1] != '\n';
        if (!midLine && frame != null) {
            out.write(frame);
            frameShown = true;
        }
        out.flush();
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    private void frame(byte[] next) throws IOException {
        if (isBlank(next)) {
            if (frameShown) {
                clear();
            }
            frame = null;
            frameShown = false;
        } else if (!midLine) {
            out.write(next);
            if (frameShown && frame.length > next.length) {
                out.write(spaces(frame.length - next.length)); // what is left of a longer frame
            }
            frame = next;
            frameShown = true;
        } else {
            frame = next; // drawn once the line being written has ended
        }
        out.flush();
    }

    private void clear() throws IOException {
        out.write('\r');
        out.write(spaces(frame.length));
        out.write('\r');
    }

    private static byte[] spaces(int n) {
        return " ".repeat(Math.max(0, n)).getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != '\r' && b != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, int off, int len, byte wanted) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == wanted) {
                return true;
            }
        }
        return false;
    }
}

package warta.core.result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import warta.core.error.OutputException;
import warta.core.files.FileErrors;

/**
 * A {@link PrintWriter} for standard output that keeps why a write failed. A plain
 * {@code PrintWriter} swallows every {@link IOException} and only sets a flag, so a full disk or a
 * closed pipe would cut the results short while the run "succeeds"; {@link #failure} and
 * {@link #check} turn that flag into "cannot write to standard output: No space left on device".
 * They work on any {@code PrintWriter}; only this one knows the reason. Thread-safe as
 * {@code PrintWriter} is; it flushes on {@code println}.
 */
public final class CheckedWriter extends PrintWriter {

    private final Recorder recorder;

    /** A writer over {@code out}, UTF-8. */
    public CheckedWriter(OutputStream out) {
        this(new Recorder(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** A writer over {@code out}. */
    public CheckedWriter(Writer out) {
        this(new Recorder(out));
    }

    private CheckedWriter(Recorder recorder) {
        super(recorder, true);
        this.recorder = recorder;
    }

    /**
     * Flushes {@code out}, and says what went wrong if any write to it failed.
     *
     * @return "cannot write to standard output: REASON", or empty when every write went through
     */
    public static Optional<String> failure(PrintWriter out) {
        if (!out.checkError()) {
            return Optional.empty();
        }
        IOException cause = out instanceof CheckedWriter checked ? checked.recorder.failure : null;
        return Optional.of(
                "cannot write to standard output: " + (cause == null ? "the write failed" : FileErrors.reason(cause)));
    }

    /**
     * Flushes {@code out}.
     *
     * @throws OutputException saying why, when any write to it failed
     */
    public static void check(PrintWriter out) {
        Optional<String> failure = failure(out);
        if (failure.isPresent()) {
            throw new OutputException(
                    failure.get(), out instanceof CheckedWriter checked ? checked.recorder.failure : null);
        }
    }

    /** Passes everything on, and keeps the first exception. */
    private static final class Recorder extends Writer {

        private final Writer out;
        private volatile IOException failure;

        Recorder(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                out.write(chars, offset, length);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}

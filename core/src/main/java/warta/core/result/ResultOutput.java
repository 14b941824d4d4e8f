package warta.core.result;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import warta.core.error.OutputException;
import warta.core.files.FileErrors;
import warta.core.files.OutputFile;
import warta.core.translate.TranslationListener;

/**
 * Where the results of one run go, rendered in one {@link ResultFormat}: to a writer as each
 * one is ready, or to a file written at the end through {@link OutputFile}. A regular file (or
 * none yet) is written whole, durably, keeping its permissions, so a failed or interrupted run
 * never leaves a half-written file; a device or a FIFO ({@code -o /dev/null}, {@code -o
 * /dev/stdout}) is written straight and never replaced; a symbolic link is followed; a directory,
 * a socket or a kernel file is refused, by {@link #open} before any work. A run with no result
 * writes nothing. A failed write to the writer is an {@link OutputException} at once, so a full
 * disk or a closed pipe stops the run instead of losing its results. Not thread-safe.
 */
public final class ResultOutput {

    private final ResultFormat format;
    private final PrintWriter stdout;
    private final Path file;
    private final StringBuilder buffer = new StringBuilder();
    private int results;
    private LiveResult live;

    /** @param file the file to write at the end, or null to print each result to {@code stdout} */
    public ResultOutput(ResultFormat format, PrintWriter stdout, Path file) {
        this.format = format;
        this.stdout = stdout;
        this.file = file;
    }

    /**
     * An output as the constructor makes it, with the file checked first.
     *
     * @throws OutputException when the file is one {@link OutputFile} refuses (a directory, a socket...)
     */
    public static ResultOutput open(ResultFormat format, PrintWriter stdout, Path file) {
        if (file != null) {
            try {
                OutputFile.check(file);
            } catch (IOException e) {
                throw failed(file, e);
            }
        }
        return new ResultOutput(format, stdout, file);
    }

    /**
     * A listener that prints the next article's translation paragraph by paragraph as it is made,
     * when this output prints to the writer in text or Markdown; {@link TranslationListener#NONE}
     * otherwise (a file is written whole at the end, and a JSON result is one document).
     * {@link #add} then prints only the rest of that result; {@link #abandon} ends what was
     * printed of an article that failed.
     *
     * @param beforePrint run before each print (a front end clears its progress line there)
     */
    public TranslationListener live(Runnable beforePrint) {
        live = null;
        if (file != null || format == ResultFormat.JSON) {
            return TranslationListener.NONE;
        }
        live = new LiveResult(format, stdout, beforePrint);
        return live;
    }

    /**
     * The article whose translation was being printed failed: leaves a blank line after the part
     * printed (which ends with a line break), so the next result stands apart.
     */
    public void abandon() {
        if (live != null && live.started()) {
            stdout.print("\n");
            stdout.flush();
            CheckedWriter.check(stdout);
        }
        live = null;
    }

    /**
     * Renders one result: prints it (the rest of it, when its translation was printed as it
     * came), or keeps it for the file.
     *
     * @throws OutputException when printing it failed ("cannot write to standard output: ...")
     */
    public void add(ArticleResult result) {
        results++;
        String rendered = format.render(result);
        if (file == null) {
            stdout.print(live == null ? rendered : live.rest(rendered));
            live = null;
            stdout.flush();
            CheckedWriter.check(stdout);
        } else {
            buffer.append(rendered);
        }
    }

    /**
     * Writes the file, when there is one and something to put in it.
     *
     * @throws OutputException when it cannot be written, naming the file and the reason; a file written
     *     whole is left as it was
     */
    public void finish() {
        if (file == null || results == 0) {
            return;
        }
        try {
            OutputFile.write(file, buffer.toString());
        } catch (IOException e) {
            throw failed(file, e);
        }
    }

    private static OutputException failed(Path file, IOException e) {
        return new OutputException("cannot write " + file + ": " + FileErrors.reason(e), e);
    }
}

package warta.core.result;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import warta.core.error.OutputException;
import warta.core.files.AtomicFiles;

/**
 * Where the results of one run go, rendered in one {@link ResultFormat}: to a writer as each
 * one is ready, or to a file written whole at the end through {@link AtomicFiles} (the durable
 * write that batch results use too), so a failed or interrupted run never leaves a half-written
 * file and a run with no result leaves none at all. Not thread-safe.
 */
public final class ResultOutput {

    private final ResultFormat format;
    private final PrintWriter stdout;
    private final Path file;
    private final StringBuilder buffer = new StringBuilder();
    private int results;

    /** @param file the file to write at the end, or null to print each result to {@code stdout} */
    public ResultOutput(ResultFormat format, PrintWriter stdout, Path file) {
        this.format = format;
        this.stdout = stdout;
        this.file = file;
    }

    public void add(ArticleResult result) {
        results++;
        String rendered = format.render(result);
        if (file == null) {
            stdout.print(rendered);
            stdout.flush();
        } else {
            buffer.append(rendered);
        }
    }

    /**
     * Writes the file, when there is one and something to put in it.
     *
     * @throws OutputException when it cannot be written; nothing is left in its place
     */
    public void finish() {
        if (file == null || results == 0) {
            return;
        }
        try {
            AtomicFiles.write(file, buffer.toString());
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

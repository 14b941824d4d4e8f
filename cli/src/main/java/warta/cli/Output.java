package warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import warta.core.error.InputException;

/**
 * Where results go: stdout as each one is ready, or a file written whole at the end. A file is
 * written to a temporary file beside it and moved into place in one step, so a failed or
 * interrupted run never leaves a half-written file; a run with no result leaves none at all.
 */
final class Output {

    private final PrintWriter stdout;
    private final Path file;
    private final StringBuilder buffer = new StringBuilder();
    private int results;

    Output(PrintWriter stdout, Path file) {
        this.stdout = stdout;
        this.file = file;
    }

    void add(String rendered) {
        results++;
        if (file == null) {
            stdout.print(rendered);
            stdout.flush();
        } else {
            buffer.append(rendered);
        }
    }

    /** Writes the file, when there is one and something to put in it. */
    void finish() {
        if (file == null || results == 0) {
            return;
        }
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temp, buffer, StandardCharsets.UTF_8);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the name starts with a dot and ends in .tmp
            }
        }
    }
}

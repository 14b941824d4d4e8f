package warta.core.batch.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import warta.core.error.InputException;

/**
 * The paths and URLs listed on standard input, one per line, read as they are asked for. Lines are
 * stripped; blank lines and lines starting with '#' are skipped. Read as UTF-8; the stream is
 * never closed, since it belongs to the caller.
 */
final class ListedLines implements Iterator<String> {

    private final BufferedReader in;
    private String next;
    private boolean done;

    ListedLines(InputStream stdin) {
        this.in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            String line = readLine();
            if (line == null) {
                done = true;
            } else if (FeedList.isEntry(line)) {
                next = line.strip();
            }
        }
        return next != null;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String result = next;
        next = null;
        return result;
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new InputException("cannot read standard input: " + e.getMessage(), e);
        }
    }
}

package warta.core.batch.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import warta.core.article.Source;

/**
 * The items of one JSON Lines file, read a line at a time as they are asked for: only the line at
 * hand is held, never the file. The file is opened on the first {@link #hasNext()} and closed at
 * its end or on {@link #close()}. It is read as UTF-8 (a leading byte-order mark is dropped,
 * malformed bytes become U+FFFD). Blank lines are skipped but counted, so line numbers match an
 * editor's. A file that cannot be opened or read yields one failing item and ends.
 */
final class JsonLines implements Items {

    /** Opens the file; a seam so that tests can count what is read. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String file;
    private final String key;
    private final String stem;
    private final Opener opener;
    private final JsonLine lines;
    private BufferedReader in;
    private Found next;
    private int number;
    private boolean done;

    /**
     * @param file the file as shown in messages and sources
     * @param key the file as it tells items apart: as given, or relative to the folder walked
     */
    JsonLines(String file, String key, Path path, JsonLine lines) {
        this(file, key, Ids.ofFile(file), () -> Files.newInputStream(path), lines);
    }

    JsonLines(String file, String key, String stem, Opener opener, JsonLine lines) {
        this.file = file;
        this.key = key;
        this.stem = stem;
        this.opener = opener;
        this.lines = lines;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = step();
        }
        return next != null;
    }

    @Override
    public Found next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Found result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            } finally {
                in = null;
            }
        }
    }

    /** The next item, or null when a blank line was skipped or the file ended. */
    private Found step() {
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(opener.open(), StandardCharsets.UTF_8));
            }
            String line = in.readLine();
            if (line == null) {
                close();
                return null;
            }
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return line.isBlank() ? null : lines.parse(file, key, stem, number, line);
        } catch (IOException e) {
            close();
            return Found.failing(
                    number == 0 ? stem : Ids.join(stem, "read-error"), key + ":read", Source.file(file), message(e));
        }
    }

    private String message(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + file;
        }
        String where = number == 0 ? file : file + " after line " + number;
        return "cannot read " + where + ": " + e.getMessage();
    }
}

package warta.core.batch.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A lazy, depth-first walk of one folder in a stable order: the entries of each folder sorted by
 * name, a subfolder walked at its place in that order. A folder is listed only when the walk
 * reaches it, and its listing is closed at once, so the walk holds no file open between steps.
 *
 * <p>Names starting with '.' are skipped, files and folders alike (the batch output folder keeps
 * its ledger in a hidden {@code .warta} folder). A folder below the one walked that holds a {@code
 * .warta} folder is a batch output folder and is skipped whole: its results and {@code digests/}
 * are not articles, and a watch whose output folder lies inside its source would feed itself. Symbolic links are followed, but a folder whose
 * real path was walked already is not walked again, so a link loop ends. A folder that cannot be
 * listed is yielded as a {@link Walked} with an error, so that the batch records it.
 */
final class DirectoryWalk implements Iterator<DirectoryWalk.Walked> {

    /**
     * One file found, or one folder that could not be listed.
     *
     * @param path the file or folder, resolved against the folder walked
     * @param relative its path below that folder, with '/' separators
     * @param error why the folder could not be listed; null for a file
     */
    record Walked(Path path, String relative, String error) {}

    /** The hidden folder that marks a batch output folder (its ledger and caches). */
    private static final String STATE = ".warta";

    private final Path root;
    private final Predicate<Path> wanted;
    private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
    private final Set<Path> seen = new HashSet<>();
    private Walked next;
    private boolean started;

    /** Walks {@code root}, yielding the regular files {@code wanted} accepts. No I/O until used. */
    DirectoryWalk(Path root, Predicate<Path> wanted) {
        this.root = root;
        this.wanted = wanted;
    }

    @Override
    public boolean hasNext() {
        if (!started) {
            started = true;
            enter(root);
        }
        while (next == null && !pending.isEmpty()) {
            Iterator<Path> top = pending.peek();
            if (!top.hasNext()) {
                pending.pop();
            } else {
                visit(top.next());
            }
        }
        return next != null;
    }

    @Override
    public Walked next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Walked result = next;
        next = null;
        return result;
    }

    private void visit(Path path) {
        if (path.getFileName().toString().startsWith(".")) {
            return;
        }
        if (Files.isDirectory(path)) {
            if (!Files.isDirectory(path.resolve(STATE))) {
                enter(path);
            }
        } else if (Files.isRegularFile(path) && wanted.test(path)) {
            next = new Walked(path, relative(path), null);
        }
    }

    private void enter(Path folder) {
        try {
            if (!seen.add(folder.toRealPath())) {
                return;
            }
            pending.push(sortedEntries(folder).iterator());
        } catch (IOException e) {
            next = new Walked(folder, relative(folder), "cannot read folder " + folder + ": " + reason(e));
        }
    }

    private static List<Path> sortedEntries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return entries;
    }

    private String relative(Path path) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (!relative.isEmpty()) {
            return relative;
        }
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

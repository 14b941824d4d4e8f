package warta.core.daily;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import warta.core.digest.Digest;
import warta.core.digest.DigestFormat;
import warta.core.digest.DigestInput;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestWriter;
import warta.core.error.InputException;
import warta.core.error.OutputException;
import warta.core.files.AtomicFiles;
import warta.core.files.FileErrors;

/**
 * The daily digests of a batch output folder: {@code digests/YYYY-MM-DD.md} and {@code .json},
 * each the digest of every article of that day the folder has done ({@code index.jsonl} status
 * {@code done}). An article's day is its published date, or, when it has none, the day its result
 * was written, in the zone given. {@link #daysOf} names the days a set of new articles touches;
 * {@link #write} rewrites one day's two files whole ({@link AtomicFiles}), so a later round that
 * adds to a day replaces its digest and a reader never sees half of one. The articles' results are
 * reused: nothing done is translated again. Made by {@code Warta.dailyDigests} for one round (the
 * folder's articles are read once, at the first {@link #write}, and every day is taken from them);
 * not thread-safe.
 */
public final class DailyDigests {

    /** The folder, inside the output folder, that holds the digests. */
    public static final String FOLDER = "digests";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outDir;
    private final ZoneId zone;
    private final Function<Path, DigestInput> inputs;
    private final BiFunction<DigestInput, DigestListener, Digest> digests;
    private DigestInput folderInput;

    /**
     * @param outDir the batch output folder
     * @param zone the zone of the day an undated article's result was written
     * @param inputs the digest input of a batch output folder
     * @param digests the digest of an input
     */
    public DailyDigests(
            Path outDir,
            ZoneId zone,
            Function<Path, DigestInput> inputs,
            BiFunction<DigestInput, DigestListener, Digest> digests) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    /** One day's digest, written. */
    public record Written(LocalDate day, Path markdown, Path json, Digest digest) {}

    /**
     * The days of the done articles among {@code ids}, each with all of the folder's done articles
     * of that day (their ids, in index order), oldest day first; an id that is not done is left out.
     *
     * @throws InputException when the folder's index cannot be read
     */
    public Map<LocalDate, List<String>> daysOf(Collection<String> ids) {
        Map<LocalDate, List<String>> all = new TreeMap<>();
        for (JsonNode line : doneLines()) {
            all.computeIfAbsent(day(line), d -> new ArrayList<>())
                    .add(line.path("id").asText());
        }
        all.values().removeIf(day -> day.stream().noneMatch(ids::contains));
        return all;
    }

    /**
     * Writes the digest of {@code ids}, the articles of {@code day}, as {@code digests/DAY.md} and
     * {@code .json} (the JSON first): the folder's input ({@code Warta.digestInput(Path)}), its
     * results reused, narrowed to them ({@link DigestInput#only}).
     *
     * @throws InputException when the articles cannot be used, {@code ModelException} when the model
     *     fails, {@code OutputException} when a file cannot be written (the old one is then left)
     */
    public Written write(LocalDate day, List<String> ids, DigestListener listener) {
        if (folderInput == null) {
            folderInput = inputs.apply(outDir);
        }
        Digest digest = digests.apply(folderInput.only(ids), listener);
        Path folder = outDir.resolve(FOLDER);
        Path markdown = folder.resolve(day + ".md");
        Path json = folder.resolve(day + ".json");
        write(json, DigestWriter.render(digest, DigestFormat.JSON));
        write(markdown, DigestWriter.render(digest, DigestFormat.MARKDOWN));
        return new Written(day, markdown, json, digest);
    }

    private LocalDate day(JsonNode line) {
        Path result = result(line);
        try {
            String published = JSON.readTree(result.toFile())
                    .path("metadata")
                    .path("published")
                    .asText("");
            if (!published.isEmpty()) {
                return LocalDate.parse(published.substring(0, Math.min(10, published.length())));
            }
            return LocalDate.ofInstant(Files.getLastModifiedTime(result).toInstant(), zone);
        } catch (IOException | DateTimeParseException e) {
            throw new InputException("cannot read the result " + result + ": " + e.getMessage(), e);
        }
    }

    private Path result(JsonNode line) {
        String path = line.path("path").asText("");
        return outDir.resolve(path.isEmpty() ? line.path("id").asText() + ".json" : path);
    }

    private List<JsonNode> doneLines() {
        Path index = outDir.resolve("index.jsonl");
        List<JsonNode> done = new ArrayList<>();
        try {
            for (String text : Files.readAllLines(index)) {
                JsonNode line = text.isBlank() ? null : JSON.readTree(text);
                if (line != null && "done".equals(line.path("status").asText())) {
                    done.add(line);
                }
            }
        } catch (NoSuchFileException e) {
            return done;
        } catch (IOException e) {
            throw new InputException("cannot read " + index + ": " + FileErrors.reason(e), e);
        }
        return done;
    }

    private static void write(Path file, String content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + FileErrors.reason(e), e);
        }
    }
}

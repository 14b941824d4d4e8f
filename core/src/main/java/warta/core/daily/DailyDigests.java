package warta.core.daily;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
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
 * {@code done}). An article's day is its published date, or, when it has none, the day the ledger
 * first recorded it done (else, without a ledger line, the day its result was last written), in
 * the zone given. {@link #staleDays} names the days whose digest is missing,
 * lists other articles than the day's done ones, or is partial (a finding of kind {@code
 * incomplete}); {@link #write} rewrites one day's two files whole ({@link AtomicFiles}), so a later
 * round that adds to a day replaces its digest and a reader never sees half of one. Only that day's
 * results are read and only their sources read again; nothing done is translated again. Made by
 * {@code Warta.dailyDigests} once per watch: the day of each result is kept, and its result parsed
 * again only when the file changed. Not thread-safe.
 */
public final class DailyDigests {

    /** The folder, inside the output folder, that holds the digests. */
    public static final String FOLDER = "digests";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outDir;
    private final ZoneId zone;
    private final BiFunction<Path, Collection<String>, DigestInput> inputs;
    private final BiFunction<DigestInput, DigestListener, Digest> digests;
    /** The day of each result read, with the modification time it had then. */
    private final Map<Path, Known> known = new HashMap<>();

    /** When the ledger first recorded each article done ({@code .warta/ledger.jsonl}, its earliest time). */
    private final Map<String, Instant> firstDone = new HashMap<>();
    /** How many bytes of the ledger were read: it only grows, so a round reads only its new lines. */
    private long ledgerRead;

    private record Known(FileTime modified, LocalDate day) {}

    /**
     * @param outDir the batch output folder
     * @param zone the zone of the day an undated article's result was written
     * @param inputs the digest input of these done articles of a batch output folder
     * @param digests the digest of an input
     */
    public DailyDigests(
            Path outDir,
            ZoneId zone,
            BiFunction<Path, Collection<String>, DigestInput> inputs,
            BiFunction<DigestInput, DigestListener, Digest> digests) {
        this.outDir = Objects.requireNonNull(outDir, "outDir");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    /**
     * One day's digest, written.
     *
     * @param problems the day's articles that could not be read or used, one line each
     */
    public record Written(LocalDate day, Path markdown, Path json, Digest digest, List<String> problems) {}

    /**
     * The days of the done articles among {@code ids}, each with all of the folder's done articles
     * of that day (their ids, in index order), oldest day first; an id that is not done is left out,
     * and so is an article whose result cannot be read (a line to {@code skipped}).
     *
     * @throws InputException when the folder's index cannot be read
     */
    public Map<LocalDate, List<String>> daysOf(Collection<String> ids, Consumer<String> skipped) {
        Map<LocalDate, List<String>> all = days(skipped);
        all.values().removeIf(day -> day.stream().noneMatch(ids::contains));
        return all;
    }

    /** {@link #daysOf(Collection, Consumer)}, the articles left out unsaid. */
    public Map<LocalDate, List<String>> daysOf(Collection<String> ids) {
        return daysOf(ids, line -> {});
    }

    /**
     * The days whose digest is due, oldest first, each with its done articles: its {@code
     * digests/DAY.json} does not exist or cannot be read, lists other articles (its {@code sources})
     * than the day's done ones, or has a finding of kind {@code incomplete}. An article whose result
     * cannot be read is left out, a line to {@code skipped}.
     *
     * @throws InputException when the folder's index cannot be read
     */
    public Map<LocalDate, List<String>> staleDays(Consumer<String> skipped) {
        Map<LocalDate, List<String>> all = days(skipped);
        all.entrySet().removeIf(day -> !stale(day.getKey(), day.getValue()));
        return all;
    }

    private boolean stale(LocalDate day, List<String> ids) {
        Path json = outDir.resolve(FOLDER).resolve(day + ".json");
        try {
            JsonNode digest = JSON.readTree(json.toFile());
            Set<String> listed = new HashSet<>();
            digest.path("sources")
                    .forEach(source -> listed.add(source.path("id").asText()));
            for (JsonNode finding : digest.path("checks").path("findings")) {
                if ("incomplete".equals(finding.path("kind").asText())) {
                    return true;
                }
            }
            return !listed.equals(new HashSet<>(ids));
        } catch (IOException e) {
            return true;
        }
    }

    private Map<LocalDate, List<String>> days(Consumer<String> skipped) {
        readLedger();
        Map<LocalDate, List<String>> all = new TreeMap<>();
        for (JsonNode line : doneLines()) {
            try {
                all.computeIfAbsent(day(line), d -> new ArrayList<>())
                        .add(line.path("id").asText());
            } catch (InputException e) {
                skipped.accept(line.path("id").asText() + ": left out of the daily digests: " + e.getMessage());
            }
        }
        return all;
    }

    /**
     * Writes the digest of {@code ids}, the articles of {@code day}, as {@code digests/DAY.md} and
     * {@code .json} (the JSON first): the folder's input of those articles alone ({@code
     * Warta.digestInput(Path, Collection)}), their results reused.
     *
     * @throws InputException when the articles cannot be used, {@code ModelException} when the model
     *     fails, {@code CancelledException} when the thread is interrupted, {@code OutputException}
     *     when a file cannot be written (the old one is then left)
     */
    public Written write(LocalDate day, List<String> ids, DigestListener listener) {
        DigestInput input = inputs.apply(outDir, List.copyOf(ids));
        Digest digest = digests.apply(input, listener);
        Path folder = outDir.resolve(FOLDER);
        Path markdown = folder.resolve(day + ".md");
        Path json = folder.resolve(day + ".json");
        write(json, DigestWriter.render(digest, DigestFormat.JSON));
        write(markdown, DigestWriter.render(digest, DigestFormat.MARKDOWN));
        return new Written(day, markdown, json, digest, input.problems());
    }

    private LocalDate day(JsonNode line) {
        Path result = result(line);
        try {
            FileTime modified = Files.getLastModifiedTime(result);
            Known seen = known.get(result);
            if (seen != null && seen.modified().equals(modified)) {
                return seen.day();
            }
            String published = JSON.readTree(result.toFile())
                    .path("metadata")
                    .path("published")
                    .asText("");
            Instant first = firstDone.get(line.path("id").asText());
            LocalDate day = published.isEmpty()
                    ? LocalDate.ofInstant(first != null ? first : modified.toInstant(), zone)
                    : LocalDate.parse(published.substring(0, Math.min(10, published.length())));
            known.put(result, new Known(modified, day));
            return day;
        } catch (IOException | DateTimeParseException e) {
            throw new InputException("cannot read the result " + result + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the ledger's new complete lines to {@link #firstDone}: the first time each article was
     * recorded done. A ledger that cannot be read leaves the undated articles their results' times.
     */
    private void readLedger() {
        Path ledger = outDir.resolve(".warta").resolve("ledger.jsonl");
        try (SeekableByteChannel channel = Files.newByteChannel(ledger)) {
            if (channel.size() < ledgerRead) {
                ledgerRead = 0; // a new ledger
                firstDone.clear();
            }
            channel.position(ledgerRead);
            byte[] bytes = Channels.newInputStream(channel).readAllBytes();
            int end = lastLineBreak(bytes);
            if (end < 0) {
                return;
            }
            ledgerRead += end + 1;
            for (String text : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                noteDone(text);
            }
        } catch (IOException e) {
            // no ledger (a folder written by hand, or not yet): the results' times stand
        }
    }

    private static int lastLineBreak(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void noteDone(String text) {
        try {
            JsonNode entry = text.isBlank() ? null : JSON.readTree(text);
            if (entry != null && "done".equalsIgnoreCase(entry.path("status").asText())) {
                Instant time = Instant.parse(entry.path("time").asText());
                firstDone.merge(entry.path("id").asText(), time, (a, b) -> a.isBefore(b) ? a : b);
            }
        } catch (IOException | DateTimeParseException e) {
            // a torn or foreign line: it says nothing of when an article was done
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

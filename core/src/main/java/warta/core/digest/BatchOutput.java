package warta.core.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.files.FileErrors;
import warta.core.summarize.Entities;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * A batch output folder read back for a digest (see {@code docs/batch.md}): the {@code done}
 * lines of its {@code index.jsonl}, each with its result document's translation and summary and
 * where its article came from. Nothing is written. Not thread-safe; used once.
 */
final class BatchOutput {

    /** The file that makes a folder a batch output folder. */
    static final String INDEX = "index.jsonl";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A JSON Lines file's article: {@code file.jsonl:3}. */
    private static final Pattern JSON_LINE = Pattern.compile("(.+\\.jsonl):(\\d+)");

    /**
     * A done article of the folder.
     *
     * @param id its id
     * @param source what to read it from again, as a batch source: a path, a JSON Lines file or a URL
     * @param title the source's title as the result's {@code metadata} gives it, or null
     * @param translation its English, or null
     * @param summary its summary, or null
     * @param checks what the batch's checks found on it (its {@code unsupported} and {@code incomplete}
     *     findings, carried into the digest), empty when the result records none
     */
    record Done(String id, String source, String title, Translation translation, Summary summary, Checks checks) {

        /** Whether the article came from a web address (read again, its item's id is not this one's). */
        boolean fetched() {
            return source.contains("://");
        }
    }

    private BatchOutput() {}

    /** Whether {@code folder} is a batch output folder. */
    static boolean is(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(INDEX));
    }

    /**
     * The done articles of {@code folder}, in the index's order; a line or result that cannot be
     * read is a line in {@code problems}.
     */
    static List<Done> read(Path folder, List<String> problems) {
        return read(folder, id -> true, problems);
    }

    /**
     * The done articles of {@code folder} whose ids {@code wanted} accepts, in the index's order; only
     * their result documents are read. A line or result that cannot be read is a line in {@code
     * problems} (a line without an id whatever {@code wanted} says).
     */
    static List<Done> read(Path folder, Predicate<String> wanted, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(INDEX));
        } catch (IOException e) {
            problems.add(folder.resolve(INDEX) + ": cannot be read: " + FileErrors.reason(e));
            return List.of();
        }
        List<Done> done = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = folder.resolve(INDEX) + ":" + (i + 1);
            try {
                JsonNode line = MAPPER.readTree(lines.get(i));
                if ("done".equals(line.path("status").asText())
                        && (!line.path("id").isTextual()
                                || wanted.test(line.path("id").asText()))) {
                    done.add(result(folder, line, where));
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(where + ": cannot be used: " + e.getMessage());
            }
        }
        return done;
    }

    private static Done result(Path folder, JsonNode line, String where) throws IOException {
        String id = line.path("id").asText(null);
        String path = line.path("path").asText(null);
        if (id == null || path == null) {
            throw new IllegalArgumentException("no id or path");
        }
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) {
            file = folder.resolve(Path.of(path).getFileName());
        }
        JsonNode result = MAPPER.readTree(Files.readString(file));
        JsonNode source = result.path("source");
        String location = source.path("path").isTextual()
                ? source.path("path").asText()
                : source.path("url").asText(line.path("source").asText(null));
        if (location == null) {
            throw new IllegalArgumentException("the result " + file + " names no source");
        }
        return new Done(
                id,
                sourceOf(location),
                result.path("metadata").path("title").asText(null),
                translation(result.path("translation")),
                summary(result.path("summary")),
                checks(result.path("checks")));
    }

    /** What a batch source reads the article from again: a JSON Lines line's file, else as written. */
    static String sourceOf(String location) {
        Matcher m = JSON_LINE.matcher(location);
        return m.matches() ? m.group(1) : location;
    }

    private static Translation translation(JsonNode node) {
        if (!node.isObject()
                || !node.path("skipped").isNull() && !node.path("skipped").isMissingNode()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        node.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        return new Translation(node.path("title").asText(null), paragraphs, null);
    }

    /** The result's {@code unsupported} and {@code incomplete} findings, the ones a digest carries over. */
    private static Checks checks(JsonNode node) {
        return new Checks(
                List.of(), List.of(), findings(node.path("unsupported")), List.of(), findings(node.path("incomplete")));
    }

    private static List<Finding> findings(JsonNode array) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode node : array) {
            findings.add(new Finding(
                    Math.max(-1, node.path("paragraph").asInt(-1)),
                    node.path("text").asText(""),
                    node.path("detail").asText("")));
        }
        return findings;
    }

    private static Summary summary(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new Summary(
                node.path("headline").asText(""),
                statements(node.path("summarySentences")),
                statements(node.path("keyPoints")),
                Entities.none());
    }

    private static List<Statement> statements(JsonNode array) {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode node : array) {
            List<Integer> sources = new ArrayList<>();
            node.path("sources").forEach(n -> sources.add(n.asInt()));
            statements.add(new Statement(node.path("text").asText(), sources));
        }
        return statements;
    }
}

package warta.core.batch.job;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.LedgerEntry;
import warta.core.read.ArticleInput;

/** The JSON of a job's files: {@code job.json}, the lines of {@code input.jsonl}, and the ledger read without opening it. */
final class JobFiles {

    static final String JOB = "job.json";
    static final String INPUT = "input.jsonl";
    static final String IDS = "ids.txt";
    static final String OUT = "out";
    static final String LEDGER = ".warta/ledger.jsonl";

    private static final Logger log = LoggerFactory.getLogger(JobFiles.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobFiles() {}

    static String jobJson(Job job) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", job.id());
        node.put("created", job.created().toString());
        node.put("state", job.state().id());
        node.put("total", job.total());
        if (job.error() != null) {
            node.put("error", job.error());
        }
        return node.toPrettyString() + "\n";
    }

    /** The job in {@code dir}, or empty (with a warning) when its {@code job.json} is missing or unreadable. */
    static Optional<Job> readJob(Path dir, String id) {
        Path file = dir.resolve(JOB);
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Job job = new Job(
                    node.get("id").asText(),
                    Instant.parse(node.get("created").asText()),
                    JobState.of(node.get("state").asText()),
                    node.get("total").asInt(),
                    node.hasNonNull("error") ? node.get("error").asText() : null);
            if (!job.id().equals(id)) {
                throw new IllegalArgumentException("it names job " + job.id());
            }
            return Optional.of(job);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("{} is not a job description and its job is ignored: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** One line of {@code input.jsonl}, in the form {@link warta.core.batch.source.BatchSources} reads. */
    static String inputLine(ArticleInput article) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        if (article.text() != null) {
            node.put("text", article.text());
        } else if (article.html() != null) {
            node.put("html", article.html());
        }
        if (article.url() != null) {
            node.put("url", article.url());
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write an input line", e);
        }
    }

    /**
     * Every article's latest ledger entry, read without opening the ledger (a batch may hold it):
     * a line a crash or a concurrent append left unfinished is skipped.
     */
    static Map<String, LedgerEntry> ledger(Path jobDir) throws IOException {
        Path file = jobDir.resolve(OUT).resolve(LEDGER);
        Map<String, LedgerEntry> latest = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return latest;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                LedgerEntry entry = JSON.readValue(line, LedgerEntry.class);
                latest.put(entry.id(), entry);
            } catch (JacksonException e) {
                log.debug("{}: skipping a line that is not a ledger entry", file);
            }
        }
        return latest;
    }

    /** The ids of the job's articles, in input order. */
    static List<String> ids(Path jobDir) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(jobDir.resolve(IDS), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                ids.add(line.strip());
            }
        }
        return ids;
    }

    /** A result document made one compact line, without the path of the job's input file. */
    static String compact(Path result) throws IOException {
        JsonNode document = JSON.readTree(Files.readString(result, StandardCharsets.UTF_8));
        if (document.get("source") instanceof ObjectNode source && source.has("path")) {
            source.putNull("path");
        }
        return JSON.writeValueAsString(document);
    }
}

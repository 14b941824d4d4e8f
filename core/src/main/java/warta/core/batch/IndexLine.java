package warta.core.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of {@code index.jsonl}: id, source, status (and reason), duplicateOf, story, a summary of the
 * checks, usage, and the result file's path.
 */
final class IndexLine {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndexLine() {}

    static String of(LedgerEntry e) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", e.id());
        line.put("source", e.source());
        line.put("status", e.status().id());
        line.put("reason", e.reason());
        line.put("duplicateOf", e.duplicateOf());
        line.put("story", e.story());
        line.putObject("checks")
                .put("passed", e.checksPassed())
                .put("untranslated", e.untranslated())
                .put("omitted", e.omitted())
                .put("unsupported", e.unsupported());
        line.putObject("usage")
                .put("requests", e.requests())
                .put("inputTokens", e.inputTokens())
                .put("outputTokens", e.outputTokens());
        line.put("path", e.path());
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write an index line", ex);
        }
    }
}

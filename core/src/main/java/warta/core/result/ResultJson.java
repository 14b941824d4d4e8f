package warta.core.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import warta.core.article.JsonParts;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.check.TermUse;
import warta.core.error.WartaException;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

/**
 * The JSON form of an {@link ArticleResult}, field by field as {@code docs/result-format.md}
 * documents it. Unknown values are JSON null; a task that was not asked for is null. Thread-safe.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = JsonParts.mapper();

    private ResultJson() {}

    public static ObjectNode toNode(ArticleResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", r.id());
        root.set("source", JsonParts.source(r.source()));
        root.set("language", JsonParts.language(r.language()));
        root.set("metadata", JsonParts.metadata(r.metadata(), true));
        root.set("translation", r.translation() == null ? null : translation(r.translation()));
        root.set("summary", r.summary() == null ? null : summary(r.summary()));
        root.set("checks", checks(r.checks()));
        terms(root.putArray("terms"), r.terms());
        strings(root.putArray("notes"), r.notes());
        root.set("removed", JsonParts.removed(r.removed()));
        root.set("usage", usage(r.usage()));
        root.put("duplicateOf", r.duplicateOf());
        root.put("story", r.story());
        return root;
    }

    /** The result as one line of JSON (a JSON Lines record). */
    public static String toJson(ArticleResult result) {
        try {
            return MAPPER.writeValueAsString(toNode(result));
        } catch (JsonProcessingException e) {
            throw new WartaException("cannot write the result as JSON", e);
        }
    }

    private static ObjectNode translation(Translation t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("title", t.title());
        strings(node.putArray("paragraphs"), t.paragraphs());
        node.put("skipped", t.skipped());
        return node;
    }

    private static ObjectNode summary(Summary s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("headline", s.headline());
        node.put("summary", s.summary());
        statements(node.putArray("summarySentences"), s.sentences());
        statements(node.putArray("keyPoints"), s.keyPoints());
        ObjectNode entities = node.putObject("entities");
        strings(entities.putArray("people"), s.entities().people());
        strings(entities.putArray("organizations"), s.entities().organizations());
        strings(entities.putArray("places"), s.entities().places());
        return node;
    }

    /** Each statement as {@code {"text": ..., "sources": [1-based sentence numbers]}}. */
    private static void statements(ArrayNode array, List<Statement> statements) {
        for (Statement statement : statements) {
            ObjectNode node = array.addObject().put("text", statement.text());
            ArrayNode sources = node.putArray("sources");
            statement.sources().forEach(sources::add);
        }
    }

    private static ObjectNode checks(Checks checks) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("passed", checks.passed());
        findings(node.putArray("untranslated"), checks.untranslated());
        findings(node.putArray("omitted"), checks.omitted());
        findings(node.putArray("unsupported"), checks.unsupported());
        findings(node.putArray("inconsistent"), checks.inconsistent());
        findings(node.putArray("incomplete"), checks.incomplete());
        return node;
    }

    /** Each rendering used for a term as {@code {"source": ..., "english": ..., "count": n}}. */
    private static void terms(ArrayNode array, List<TermUse> terms) {
        for (TermUse term : terms) {
            array.addObject()
                    .put("source", term.source())
                    .put("english", term.english())
                    .put("count", term.count());
        }
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            if (f.paragraph() < 0) {
                node.putNull("paragraph");
            } else {
                node.put("paragraph", f.paragraph());
            }
            node.put("text", f.text()).put("detail", f.detail());
        }
    }

    private static ObjectNode usage(Usage u) {
        return MAPPER.createObjectNode()
                .put("provider", u.provider())
                .put("model", u.model())
                .put("promptVersion", u.promptVersion())
                .put("requests", u.requests())
                .put("cachedRequests", u.cachedRequests())
                .put("inputTokens", u.inputTokens())
                .put("cachedInputTokens", u.cachedInputTokens())
                .put("outputTokens", u.outputTokens())
                .put("estimated", u.estimated())
                .put("durationMs", u.durationMs());
    }

    private static void strings(ArrayNode array, List<String> values) {
        JsonParts.strings(array, values);
    }
}

package warta.core.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.ChatMessage;
import java.util.Objects;
import warta.core.process.PlanJson;
import warta.core.process.PlannedRequest;
import warta.core.usage.Messages;

/**
 * Renders a {@link Digest} as Markdown ({@link DigestMarkdown}), JSON (the records' component names,
 * one line) or one self-contained HTML page ({@link DigestHtml}), and a {@link DigestPlan} as text
 * or JSON. Every front end prints these, so the CLI, the server and the web page show the same.
 * Stateless and thread-safe.
 */
public final class DigestWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DigestWriter() {}

    /**
     * The digest in {@code format}: Markdown and HTML end with a line break; JSON is one line
     * without one, {@code {"sources", "stories", "overview", "checks", "usage"}} with the fields of
     * each record as named there.
     */
    public static String render(Digest digest, DigestFormat format) {
        Objects.requireNonNull(digest, "digest");
        return switch (Objects.requireNonNull(format, "format")) {
            case MARKDOWN -> DigestMarkdown.render(digest);
            case JSON -> json(digest);
            case HTML -> DigestHtml.render(digest);
        };
    }

    /**
     * A dry run for people: the stories (id, days, articles), then every request, its purpose,
     * estimated tokens and messages; ends with a line break.
     */
    public static String planText(DigestPlan plan) {
        int tokens =
                plan.requests().stream().mapToInt(PlannedRequest::inputTokens).sum();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "== digest: %d stor%s, %d request(s) first, about %d input tokens%n",
                plan.stories().size(),
                plan.stories().size() == 1 ? "y" : "ies",
                plan.requests().size(),
                tokens));
        for (StoryPlan story : plan.stories()) {
            out.append(String.format(
                    "story %s  %s  %s%n",
                    story.id(), dates(story.firstDate(), story.lastDate()), String.join(" ", story.articleIds())));
        }
        for (PlannedRequest p : plan.requests()) {
            out.append(String.format(
                    "%n--- %s (about %d tokens%s)%n",
                    p.purpose(),
                    p.inputTokens(),
                    p.request().responseFormat() != null ? ", JSON schema response format" : ""));
            for (ChatMessage message : p.request().messages()) {
                out.append('[').append(Messages.role(message)).append("]\n");
                out.append(Messages.text(message)).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /**
     * A dry run as one line of JSON without a line break: {@code {"stories": [{"id", "articleIds",
     * "firstDate", "lastDate"}], "inputTokens", "requests": [{"purpose", "inputTokens",
     * "cachedInputTokens", "jsonSchema", "messages": [{"role", "text"}]}]}}, as {@code process
     * --dry-run} gives requests.
     */
    public static String planJson(DigestPlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("stories", MAPPER.valueToTree(plan.stories()));
        root.put(
                "inputTokens",
                plan.requests().stream().mapToInt(PlannedRequest::inputTokens).sum());
        PlanJson.requests(root.putArray("requests"), plan.requests());
        return write(root);
    }

    /** {@code 2024-01-16 – 2024-01-18}, one date when both are the same, or {@code date unknown}. */
    static String dates(String first, String last) {
        if (first == null) {
            return "date unknown";
        }
        return last == null || first.equals(last) ? first : first + " – " + last;
    }

    private static String json(Digest digest) {
        return write(MAPPER.valueToTree(digest));
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a digest as JSON", e);
        }
    }
}

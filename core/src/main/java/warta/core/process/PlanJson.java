package warta.core.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.util.List;
import warta.core.model.ModelConfig;
import warta.core.usage.Messages;

/**
 * The requests a run would send ({@code --dry-run --format json}) as one JSON document on one
 * line: {@code {"input", "provider", "model", "baseUrl" (null in-process), "inputTokens",
 * "requests": [{"purpose", "inputTokens", "jsonSchema" (the response schema's name, or null),
 * "messages": [{"role", "text"}]}]}}. The token counts are estimates; {@code inputTokens} of the
 * plan is the sum of its requests'. Stateless.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {}

    /** The plan for {@code input}, as one line of JSON without a line break. */
    public static String render(String input, List<PlannedRequest> planned, ModelConfig config) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("input", input)
                .put("provider", config.provider().id())
                .put("model", config.model())
                .put("baseUrl", config.baseUrl())
                .put(
                        "inputTokens",
                        planned.stream().mapToInt(PlannedRequest::inputTokens).sum())
                .put(
                        "cachedInputTokens",
                        planned.stream().mapToInt(PlannedRequest::cachedTokens).sum());
        requests(root.putArray("requests"), planned);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a plan as JSON", e);
        }
    }

    /**
     * Each planned request into {@code array} as {@code {"purpose", "inputTokens",
     * "cachedInputTokens", "jsonSchema", "messages": [{"role", "text"}]}}: the one JSON form of a
     * planned request, for {@code process --dry-run} and the digest's dry run.
     */
    public static void requests(ArrayNode array, List<PlannedRequest> planned) {
        for (PlannedRequest p : planned) {
            ResponseFormat format = p.request().responseFormat();
            ObjectNode request = array.addObject()
                    .put("purpose", p.purpose())
                    .put("inputTokens", p.inputTokens())
                    .put("cachedInputTokens", p.cachedTokens())
                    .put(
                            "jsonSchema",
                            format == null || format.jsonSchema() == null
                                    ? null
                                    : format.jsonSchema().name());
            ArrayNode messages = request.putArray("messages");
            for (ChatMessage message : p.request().messages()) {
                messages.addObject().put("role", Messages.role(message)).put("text", Messages.text(message));
            }
        }
    }
}

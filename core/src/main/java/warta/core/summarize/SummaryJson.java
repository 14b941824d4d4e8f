package warta.core.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Summary} out of a model's answer, and describes its JSON shape as a schema for
 * providers that can enforce one. Reading is tolerant of what models wrap around JSON (code
 * fences, a sentence before it) but not of a wrong shape: a missing or mistyped field is a
 * {@link SummaryFormatException} that says which.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(
                    JsonSchema.builder().name("summary").rootElement(schema()).build())
            .build();

    private SummaryJson() {}

    /** The response format that asks for a summary as JSON with this schema. */
    public static ResponseFormat responseFormat() {
        return FORMAT;
    }

    /** Parses the summary in {@code answer}. */
    public static Summary parse(String answer) {
        JsonNode root = readObject(answer);
        JsonNode entities = root.path("entities");
        return new Summary(
                text(root, "headline"),
                text(root, "summary"),
                strings(root, "keyPoints"),
                new Entities(
                        strings(entities, "people"), strings(entities, "organizations"), strings(entities, "places")));
    }

    /** The summary as a JSON object, as the combine step gets the partial summaries. */
    public static String write(Summary summary) {
        try {
            return MAPPER.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a summary as JSON", e);
        }
    }

    private static JsonNode readObject(String answer) {
        String text = answer == null ? "" : answer.strip();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new SummaryFormatException("the answer holds no JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(text.substring(start, end + 1));
            if (!node.isObject()) {
                throw new SummaryFormatException("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SummaryFormatException("the answer is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SummaryFormatException("\"" + field + "\" is missing or not a text");
        }
        return value.asText().strip();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new SummaryFormatException("\"" + field + "\" is not a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new SummaryFormatException("\"" + field + "\" holds something other than text");
            }
            if (!item.asText().isBlank()) {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    private static JsonObjectSchema schema() {
        JsonArraySchema strings =
                JsonArraySchema.builder().items(new JsonStringSchema()).build();
        JsonObjectSchema entities = JsonObjectSchema.builder()
                .addProperty("people", strings)
                .addProperty("organizations", strings)
                .addProperty("places", strings)
                .required("people", "organizations", "places")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("headline")
                .addStringProperty("summary")
                .addProperty("keyPoints", strings)
                .addProperty("entities", entities)
                .required("headline", "summary", "keyPoints", "entities")
                .additionalProperties(false)
                .build();
    }
}

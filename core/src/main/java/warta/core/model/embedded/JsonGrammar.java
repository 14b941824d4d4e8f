package warta.core.model.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/**
 * A request's JSON response format as the JSON Schema text that llama.cpp turns into a grammar, so
 * that the model can only write JSON of that shape. Bounds are added that keep an answer finite
 * whatever the model (a random-weight one never chooses to close a string by itself): every text
 * holds 1 to {@value #MAX_TEXT} characters (an item of a list of texts, a name, 1 to {@value
 * #MAX_LISTED_TEXT}), every list at most {@value #MAX_ITEMS} items, and the whitespace between
 * tokens at most one space ({@link #compact}); numbers
 * are bounded by llama.cpp's own rules. A list of objects that an object requires holds at least
 * one (the statements of a summary: an empty one is never the answer asked for, while a required
 * list of names may well be empty). Objects list their properties in the schema's order, and
 * closed objects take no others. JSON without a schema is any object, which nothing bounds (the
 * token limit ends it). A raw schema ({@link JsonRawSchema}) is passed on as it is.
 * Stateless and thread-safe.
 */
final class JsonGrammar {

    /** The longest text, in characters: a long sentence; a headline, a name or a key point is shorter. */
    static final int MAX_TEXT = 300;
    /** The longest text in a list of texts, in characters: a name. */
    static final int MAX_LISTED_TEXT = 100;
    /** The most items of a list. */
    static final int MAX_ITEMS = 6;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SPACE_RULE = Pattern.compile("(?m)^space ::= .*$");

    private JsonGrammar() {}

    /** The JSON Schema text for {@code format}, or null when it asks for no JSON. */
    static String schema(ResponseFormat format) {
        if (format == null || format.type() != ResponseFormatType.JSON) {
            return null;
        }
        if (format.jsonSchema() == null) {
            return "{\"type\": \"object\"}";
        }
        return write(element(format.jsonSchema().rootElement()));
    }

    private static JsonNode element(JsonSchemaElement element) {
        return switch (element) {
            case JsonObjectSchema o -> object(o);
            case JsonArraySchema a -> {
                ObjectNode node = typed("array").put("maxItems", MAX_ITEMS);
                if (a.items() instanceof JsonStringSchema) {
                    node.set("items", typed("string").put("minLength", 1).put("maxLength", MAX_LISTED_TEXT));
                } else if (a.items() != null) {
                    node.set("items", element(a.items()));
                }
                yield node;
            }
            case JsonStringSchema s -> typed("string").put("minLength", 1).put("maxLength", MAX_TEXT);
            case JsonIntegerSchema i -> typed("integer");
            case JsonNumberSchema n -> typed("number");
            case JsonBooleanSchema b -> typed("boolean");
            case JsonNullSchema n -> typed("null");
            case JsonEnumSchema e -> {
                ObjectNode node = MAPPER.createObjectNode();
                e.enumValues().forEach(node.putArray("enum")::add);
                yield node;
            }
            case JsonAnyOfSchema any -> {
                ObjectNode node = MAPPER.createObjectNode();
                ArrayNode options = node.putArray("anyOf");
                any.anyOf().forEach(option -> options.add(element(option)));
                yield node;
            }
            case JsonReferenceSchema r -> MAPPER.createObjectNode().put("$ref", "#/$defs/" + r.reference());
            case JsonRawSchema raw -> read(raw.schema());
            default -> throw new ModelException(Kind.UNSUPPORTED, "the embedded engine cannot enforce " + element);
        };
    }

    /**
     * {@code gbnf} (llama.cpp's grammar for a schema) with the whitespace between tokens cut to at
     * most one space: llama.cpp allows a line break and up to 20 tabs or spaces there, which a weak
     * model fills, spending its answer's tokens on nothing.
     */
    static String compact(String gbnf) {
        return SPACE_RULE.matcher(gbnf).replaceFirst("space ::= \" \"?");
    }

    private static ObjectNode object(JsonObjectSchema o) {
        ObjectNode node = typed("object");
        ObjectNode properties = node.putObject("properties");
        List<String> required = o.required() == null ? List.of() : o.required();
        o.properties().forEach((name, value) -> {
            JsonNode property = element(value);
            if (required.contains(name)
                    && value instanceof JsonArraySchema a
                    && a.items() instanceof JsonObjectSchema) {
                ((ObjectNode) property).put("minItems", 1);
            }
            properties.set(name, property);
        });
        if (!required.isEmpty()) {
            required.forEach(node.putArray("required")::add);
        }
        if (Boolean.FALSE.equals(o.additionalProperties())) {
            node.put("additionalProperties", false);
        }
        Map<String, JsonSchemaElement> definitions = o.definitions();
        if (definitions != null && !definitions.isEmpty()) {
            ObjectNode defs = node.putObject("$defs");
            definitions.forEach((name, value) -> defs.set(name, element(value)));
        }
        return node;
    }

    private static ObjectNode typed(String type) {
        return MAPPER.createObjectNode().put("type", type);
    }

    private static JsonNode read(String schema) {
        try {
            return MAPPER.readTree(schema);
        } catch (JsonProcessingException e) {
            throw new ModelException(Kind.BAD_REQUEST, "the response format's raw JSON schema is not JSON", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON schema", e);
        }
    }
}

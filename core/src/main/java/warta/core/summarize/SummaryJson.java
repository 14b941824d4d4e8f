package warta.core.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.sentence.SentenceSplitter;

/**
 * Reads a {@link Summary} out of a model's answer, and describes its JSON shape as a schema for
 * providers that can enforce one. The shape asked for is {@code {"headline": "...", "summary":
 * [{"text": "...", "sources": [1, 4]}], "keyPoints": [{"text": "...", "sources": [2]}],
 * "entities": {"people": [], "organizations": [], "places": []}}}.
 *
 * <p>Reading is tolerant of what models wrap around JSON (code fences, a sentence before it) and
 * of the older plain form (a summary as one text, key points as texts: statements that cite
 * nothing), but not of a wrong shape: a missing or mistyped field is a
 * {@link SummaryFormatException} that says which. A citation may be a number or a text holding only
 * a number ({@code "3"}, {@code "[3]"}); anything else in {@code sources} is kept out of the
 * summary and reported as a {@link SummaryProblem.Kind#SOURCES} problem by {@link #read}.
 * Thread-safe.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NUMBER_TEXT = Pattern.compile("\\[?\\s*(\\d{1,9})\\s*]?");
    private static final ResponseFormat FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(
                    JsonSchema.builder().name("summary").rootElement(schema()).build())
            .build();

    private SummaryJson() {}

    /** A summary read from an answer, and the citations in it that are not numbers, one problem per statement. */
    record Reading(Summary summary, List<SummaryProblem> problems) {}

    /** The response format that asks for a summary as JSON with this schema. */
    public static ResponseFormat responseFormat() {
        return FORMAT;
    }

    /**
     * The response format for an engine that enforces every JSON Schema keyword as a grammar
     * (llama.cpp): the schema of {@link #responseFormat()} bounded so that every answer it allows
     * parses and keeps the limits {@link SummaryValidator} checks and the citations {@link
     * Citations} checks, citing only {@code shown} ({@link SummaryGrammar}); only the language is
     * left to the model.
     */
    public static ResponseFormat grammarFormat(Set<Integer> shown) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("summary")
                        .rootElement(SummaryGrammar.schema(shown))
                        .build())
                .build();
    }

    /** Parses the summary in {@code answer}; citations that are not numbers are left out. */
    public static Summary parse(String answer) {
        return read(answer).summary();
    }

    /** Parses the summary in {@code answer}, with a problem for each statement citing something not a number. */
    static Reading read(String answer) {
        JsonNode root = readObject(answer);
        JsonNode entities = root.path("entities");
        List<SummaryProblem> problems = new ArrayList<>();
        Summary summary = new Summary(
                text(root, "headline"),
                sentences(root, problems),
                statements(root.get("keyPoints"), "keyPoints", "key point", problems),
                new Entities(
                        strings(entities, "people"), strings(entities, "organizations"), strings(entities, "places")));
        return new Reading(summary, problems);
    }

    /** The summary as a JSON object in the form the model is asked for: how the combine step gets the parts. */
    public static String write(Summary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("headline", summary.headline());
        statements(root.putArray("summary"), summary.sentences());
        statements(root.putArray("keyPoints"), summary.keyPoints());
        ObjectNode entities = root.putObject("entities");
        strings(entities.putArray("people"), summary.entities().people());
        strings(entities.putArray("organizations"), summary.entities().organizations());
        strings(entities.putArray("places"), summary.entities().places());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a summary as JSON", e);
        }
    }

    private static void statements(ArrayNode array, List<Statement> statements) {
        for (Statement statement : statements) {
            ObjectNode node = array.addObject().put("text", statement.text());
            statement.sources().forEach(node.putArray("sources")::add);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
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

    /** The summary's sentences: a list of statements, or (the older form) one text split into sentences. */
    private static List<Statement> sentences(JsonNode root, List<SummaryProblem> problems) {
        JsonNode value = root.get("summary");
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            return SentenceSplitter.indonesian().split(value.asText()).stream()
                    .map(Statement::uncited)
                    .toList();
        }
        List<Statement> sentences = value == null || !value.isArray()
                ? List.of()
                : statements(value, "summary", "summary sentence", problems);
        if (sentences.isEmpty()) {
            throw new SummaryFormatException("\"summary\" is missing, or not a list of sentences");
        }
        return sentences;
    }

    private static List<Statement> statements(
            JsonNode value, String field, String label, List<SummaryProblem> problems) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new SummaryFormatException("\"" + field + "\" is not a list");
        }
        List<Statement> statements = new ArrayList<>();
        for (JsonNode item : value) {
            String text = item.isObject() ? item.path("text").asText("") : item.isTextual() ? item.asText() : null;
            if (text == null) {
                throw new SummaryFormatException("\"" + field + "\" holds something other than text");
            }
            if (text.isBlank()) {
                continue;
            }
            List<String> unreadable = new ArrayList<>();
            Statement statement = new Statement(text.strip(), sources(item.get("sources"), unreadable));
            statements.add(statement);
            if (!unreadable.isEmpty()) {
                problems.add(new SummaryProblem(
                        SummaryProblem.Kind.SOURCES,
                        label + " " + statements.size() + " cites " + String.join(", ", unreadable) + ", which "
                                + (unreadable.size() == 1 ? "is not a sentence number" : "are not sentence numbers"),
                        statement.text()));
            }
        }
        return statements;
    }

    /** The numbers in a statement's {@code sources}; what is not a number goes to {@code unreadable}, as JSON. */
    private static List<Integer> sources(JsonNode value, List<String> unreadable) {
        List<Integer> numbers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return numbers;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            Integer number = number(item);
            if (number == null) {
                unreadable.add(item.toString());
            } else {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private static Integer number(JsonNode item) {
        if (item.isNumber() && item.canConvertToInt() && item.asDouble() == Math.rint(item.asDouble())) {
            return item.asInt();
        }
        if (item.isTextual()) {
            Matcher m = NUMBER_TEXT.matcher(item.asText().strip());
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
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
        JsonObjectSchema statement = JsonObjectSchema.builder()
                .addStringProperty("text")
                .addProperty(
                        "sources",
                        JsonArraySchema.builder().items(new JsonIntegerSchema()).build())
                .required("text", "sources")
                .additionalProperties(false)
                .build();
        JsonArraySchema statements = JsonArraySchema.builder().items(statement).build();
        JsonObjectSchema entities = JsonObjectSchema.builder()
                .addProperty("people", strings)
                .addProperty("organizations", strings)
                .addProperty("places", strings)
                .required("people", "organizations", "places")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addStringProperty("headline")
                .addProperty("summary", statements)
                .addProperty("keyPoints", statements)
                .addProperty("entities", entities)
                .required("headline", "summary", "keyPoints", "entities")
                .additionalProperties(false)
                .build();
    }
}

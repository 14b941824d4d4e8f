package warta.core.summarize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.List;
import java.util.Set;

/**
 * The summary's JSON Schema for an engine that turns every keyword into a grammar (llama.cpp),
 * written so that any answer the grammar allows is read by {@link SummaryJson} without a problem,
 * keeps every limit {@link SummaryValidator} checks, and cites only sentences the model was shown
 * ({@link Citations}). Only the language is left to the model: no grammar can make a text
 * English. What each part allows:
 * <ul>
 *   <li>a text holds printable ASCII and accented Latin letters only, without {@code "} or backslash (so it needs no escape,
 *       holds no line break, and each of its characters is at most one token), and starts with a
 *       visible character, so it is never blank;
 *   <li>a summary sentence is one sentence: it starts with an uppercase letter or a digit, ends
 *       with {@code .}, {@code !} or {@code ?}, and a {@code .!?} inside it is followed by a letter
 *       or digit ({@code 3.5}, {@code kompas.com}), never by a space, so {@link
 *       warta.core.sentence.SentenceSplitter} finds no end inside; it has at most {@value
 *       #SENTENCE_WORDS} words of at most {@value #WORD_CHARS} characters (and up to three inner parts, as in {@code 1.250.000}), single
 *       spaces between them, so {@value #MAX_SENTENCES} sentences keep within {@value
 *       SummaryValidator#MAX_WORDS} words;
 *   <li>{@value SummaryValidator#MIN_SENTENCES} to {@value #MAX_SENTENCES} summary sentences and
 *       {@value SummaryValidator#MIN_POINTS} to {@value #MAX_POINTS} key points (within the
 *       validator's 5 and 6), each citing 1 to {@value #MAX_SOURCES} numbers, each one of {@code
 *       shown} (a range as minimum and maximum, else an enum);
 *   <li>a headline of at most {@value #HEADLINE_CHARS} characters, key points of at most {@value
 *       #POINT_CHARS}, at most {@value #MAX_NAMES} names of each kind of at most {@value
 *       #NAME_CHARS}: with the bounds above, any answer is finite (about 7,000 characters of text at most), and a
 *       weak model's answer ends (the tiny test model's stay under 4,000 bytes: {@code
 *       SummaryGrammarTest}). The bounds follow what the validator takes and what a real summary
 *       needs (long words, names and numbers whole), never the test model.
 * </ul>
 * Stateless.
 */
final class SummaryGrammar {

    static final int MAX_SENTENCES = 4;
    static final int MAX_POINTS = 4;
    /** The most words of one summary sentence: {@link #MAX_SENTENCES} of them keep within the summary's word limit. */
    static final int SENTENCE_WORDS = SummaryValidator.MAX_WORDS / MAX_SENTENCES;

    /**
     * The longest word: long enough for real English ones ("telecommunications", "counterterrorism",
     * "internationalization"), which a real model must be able to write whole.
     */
    static final int WORD_CHARS = 20;

    static final int HEADLINE_CHARS = 100;
    static final int POINT_CHARS = 200;
    static final int NAME_CHARS = 120;
    static final int MAX_NAMES = 4;
    static final int MAX_SOURCES = 3;

    /** Latin letters with accents ("Sánchez", "Đặng"): JSON needs no escape for them either. */
    private static final String ACCENTED = "\u00C0-\u024F";
    /** A character of a text: printable ASCII but the quote and the backslash (JSON needs no escape for it). */
    private static final String TEXT_CHAR = "[ !#-\\[\\]-~" + ACCENTED + "]";
    /** A character of a word: a text character that is neither a space nor sentence-ending punctuation. */
    private static final String WORD_CHAR = "[-#-,/->@-\\[\\]-~" + ACCENTED + "]";
    /** The first character of a text: visible. */
    private static final String FIRST_CHAR = "[!#-\\[\\]-~" + ACCENTED + "]";
    /** A word's letters after its first, with an inner point that is no sentence end ("3.5", "kompas.com"). */
    private static final String WORD_REST =
            WORD_CHAR + "{0," + (WORD_CHARS - 1) + "}([.!?][A-Za-z0-9]" + WORD_CHAR + "{0,4}){0,3}";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryGrammar() {}

    /** The schema, citing only {@code shown}. */
    static JsonRawSchema schema(Set<Integer> shown) {
        ObjectNode root = object("headline", "summary", "keyPoints", "entities");
        ObjectNode properties = (ObjectNode) root.get("properties");
        properties.set("headline", text("^" + FIRST_CHAR + TEXT_CHAR + "{0," + (HEADLINE_CHARS - 1) + "}$"));
        properties.set("summary", list(statement(sentence(), shown), SummaryValidator.MIN_SENTENCES, MAX_SENTENCES));
        properties.set(
                "keyPoints",
                list(
                        statement(text("^" + FIRST_CHAR + TEXT_CHAR + "{0," + (POINT_CHARS - 1) + "}$"), shown),
                        SummaryValidator.MIN_POINTS,
                        MAX_POINTS));
        ObjectNode entities = object("people", "organizations", "places");
        for (String kind : List.of("people", "organizations", "places")) {
            ((ObjectNode) entities.get("properties"))
                    .set(
                            kind,
                            list(text("^" + FIRST_CHAR + TEXT_CHAR + "{0," + (NAME_CHARS - 1) + "}$"), 0, MAX_NAMES));
        }
        properties.set("entities", entities);
        return JsonRawSchema.from(write(root));
    }

    /** One sentence: an uppercase letter or digit first, at most {@link #SENTENCE_WORDS} words, an end mark last. */
    private static ObjectNode sentence() {
        String first = "[A-Z0-9]" + WORD_REST;
        String word = WORD_CHAR + WORD_REST;
        return text("^" + first + "( " + word + "){0," + (SENTENCE_WORDS - 1) + "}[.!?]$");
    }

    private static ObjectNode statement(ObjectNode text, Set<Integer> shown) {
        ObjectNode statement = object("text", "sources");
        ObjectNode properties = (ObjectNode) statement.get("properties");
        properties.set("text", text);
        properties.set("sources", list(citation(shown), shown.isEmpty() ? 0 : 1, MAX_SOURCES));
        return statement;
    }

    /** A sentence number: one of {@code shown}, as a range when they are consecutive. */
    private static ObjectNode citation(Set<Integer> shown) {
        ObjectNode number = MAPPER.createObjectNode().put("type", "integer");
        if (shown.isEmpty()) {
            return number;
        }
        int min = shown.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = shown.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (max - min + 1 == shown.size()) {
            return number.put("minimum", min).put("maximum", max);
        }
        ArrayNode values = number.putArray("enum");
        shown.stream().sorted().forEach(values::add);
        return number;
    }

    private static ObjectNode object(String... required) {
        ObjectNode node = MAPPER.createObjectNode().put("type", "object");
        node.putObject("properties");
        ArrayNode names = node.putArray("required");
        for (String name : required) {
            names.add(name);
        }
        return node.put("additionalProperties", false);
    }

    private static ObjectNode list(ObjectNode items, int min, int max) {
        ObjectNode list = MAPPER.createObjectNode().put("type", "array");
        list.set("items", items);
        return list.put("minItems", min).put("maxItems", max);
    }

    private static ObjectNode text(String pattern) {
        return MAPPER.createObjectNode().put("type", "string").put("pattern", pattern);
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary's JSON schema", e);
        }
    }
}

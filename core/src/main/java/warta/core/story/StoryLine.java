package warta.core.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a batch's story file: an article's id, its story and its traits, as JSON
 * ({@code {"id":..,"story":..,"source":..,"title":..,"outlet":..,"published":..,"dates":[..],
 * "names":{..},"sentences":[..]}}); each sentence's runs are packed as base64 of 4-byte
 * big-endian ints. The near-duplicate signature is not kept: the batch's own near-duplicate test
 * ({@code duplicateOf}) stands for it.
 *
 * @param story the story id
 * @param traits the article's traits
 */
record StoryLine(String story, StoryTraits traits) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    String format() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", traits.id());
        node.put("story", story);
        node.put("source", traits.source());
        node.put("title", traits.title());
        node.put("outlet", traits.outlet());
        node.put(
                "published",
                traits.published() == null ? null : traits.published().toString());
        var dates = node.putArray("dates");
        for (EventDate date : traits.dates()) {
            dates.addObject()
                    .put("date", date.date().toString())
                    .put("yearKnown", date.yearKnown())
                    .put("kind", date.kind())
                    .put("text", date.text());
        }
        var names = node.putObject("names");
        traits.names().forEach(names::put);
        var sentences = node.putArray("sentences");
        for (int[] runs : traits.sentences()) {
            ByteBuffer bytes = ByteBuffer.allocate(runs.length * 4);
            for (int run : runs) {
                bytes.putInt(run);
            }
            sentences.add(Base64.getEncoder().encodeToString(bytes.array()));
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a story line", e);
        }
    }

    /**
     * Reads a line written by {@link #format}.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static StoryLine parse(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null
                    || !node.path("id").isTextual()
                    || !node.path("story").isTextual()) {
                throw new IllegalArgumentException("no id or story");
            }
            List<EventDate> dates = new ArrayList<>();
            for (JsonNode d : node.path("dates")) {
                dates.add(new EventDate(
                        LocalDate.parse(d.path("date").asText()),
                        d.path("yearKnown").asBoolean(),
                        d.path("kind").asText(),
                        d.path("text").asText()));
            }
            Map<String, String> names = new LinkedHashMap<>();
            node.path("names")
                    .fields()
                    .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
            List<int[]> sentences = new ArrayList<>();
            for (JsonNode s : node.path("sentences")) {
                ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(s.asText()));
                int[] runs = new int[bytes.remaining() / 4];
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = bytes.getInt();
                }
                sentences.add(runs);
            }
            String published = text(node, "published");
            StoryTraits traits = new StoryTraits(
                    node.get("id").asText(),
                    text(node, "source"),
                    text(node, "title"),
                    text(node, "outlet"),
                    published == null ? null : LocalDate.parse(published),
                    dates,
                    names,
                    sentences,
                    null);
            return new StoryLine(node.get("story").asText(), traits);
        } catch (JsonProcessingException | DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not a story line: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package warta.core.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import warta.core.article.CleanArticle;
import warta.core.article.JsonParts;
import warta.core.chunk.Chunk;
import warta.core.error.WartaException;

/**
 * The JSON form of an {@link Inspection}, the same for the CLI ({@code --format json}) and the
 * server ({@code POST /v1/inspect}). Fields, in this order: {@code source} {path, url},
 * {@code language} {code, confidence}, {@code title}, {@code metadata} {outlet, dateline,
 * published (ISO date), byline, editorTags, captions}, {@code paragraphs}, {@code sentences},
 * {@code removed} [{text, reason}], {@code chunks} [{index, text, tokens, start, end}],
 * {@code tokens}, {@code chunkTokens}. Unknown values are JSON null. Thread-safe.
 */
public final class InspectionJson {

    private static final ObjectMapper MAPPER = JsonParts.mapper();

    private InspectionJson() {}

    /** The inspection as a JSON tree. */
    public static ObjectNode toNode(Inspection inspection) {
        CleanArticle article = inspection.article();
        ObjectNode root = MAPPER.createObjectNode();
        root.set("source", JsonParts.source(article.source()));
        root.set("language", JsonParts.language(article.language()));
        root.put("title", article.metadata().title());
        root.set("metadata", JsonParts.metadata(article.metadata(), false));
        strings(root.putArray("paragraphs"), article.paragraphs());
        strings(root.putArray("sentences"), inspection.sentences());
        root.set("removed", JsonParts.removed(article.removed()));
        ArrayNode chunks = root.putArray("chunks");
        for (Chunk c : inspection.chunks()) {
            chunks.addObject()
                    .put("index", c.index())
                    .put("text", c.text())
                    .put("tokens", c.tokens())
                    .put("start", c.start())
                    .put("end", c.end());
        }
        root.put("tokens", inspection.tokens());
        root.put("chunkTokens", inspection.chunkTokens());
        return root;
    }

    /** The inspection as one line of JSON (a JSON Lines record). */
    public static String toJson(Inspection inspection) {
        try {
            return MAPPER.writeValueAsString(toNode(inspection));
        } catch (JsonProcessingException e) {
            throw new WartaException("cannot write inspection as JSON", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        JsonParts.strings(array, values);
    }
}

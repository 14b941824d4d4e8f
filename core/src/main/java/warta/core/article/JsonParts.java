package warta.core.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import warta.core.clean.Removal;
import warta.core.lang.Language;
import warta.core.meta.Metadata;

/**
 * The JSON pieces that every Warta document shares (source, language, metadata, removed lines),
 * so that an inspection and a result write them the same way. Thread-safe.
 */
public final class JsonParts {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonParts() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode source(Source source) {
        return MAPPER.createObjectNode().put("path", source.path()).put("url", source.url());
    }

    /** The language with its confidence rounded to three decimals. */
    public static ObjectNode language(Language language) {
        return MAPPER.createObjectNode()
                .put("code", language.code())
                .put("name", language.name())
                .put("confidence", Math.round(language.confidence() * 1000) / 1000.0);
    }

    /** The metadata; {@code withTitle} puts the title first inside it. */
    public static ObjectNode metadata(Metadata m, boolean withTitle) {
        ObjectNode node = MAPPER.createObjectNode();
        if (withTitle) {
            node.put("title", m.title());
        }
        node.put("outlet", m.outlet());
        node.put("dateline", m.dateline());
        node.put("published", m.published() == null ? null : m.published().toString());
        node.put("byline", m.byline());
        strings(node.putArray("editorTags"), m.editorTags());
        strings(node.putArray("captions"), m.captions());
        return node;
    }

    public static ArrayNode removed(List<Removal> removed) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Removal r : removed) {
            array.addObject().put("text", r.text()).put("reason", r.reason());
        }
        return array;
    }

    public static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

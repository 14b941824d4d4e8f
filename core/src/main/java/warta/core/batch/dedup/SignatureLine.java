package warta.core.batch.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One line of a {@link SignatureStore} file: {@code {"id":"...","minhash":[...]}}, written without
 * any line break inside it.
 *
 * @param id the article id
 * @param signature its signature
 */
record SignatureLine(String id, Signature signature) {

    private static final ObjectMapper JSON = new ObjectMapper();

    SignatureLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signature, "signature");
    }

    /** The JSON object, without the line break. */
    String format() {
        ObjectNode node = JSON.createObjectNode().put("id", id);
        ArrayNode minHash = node.putArray("minhash");
        for (int value : signature.values()) {
            minHash.add(value);
        }
        return node.toString();
    }

    /** Reads one line; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static SignatureLine parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode id = node == null ? null : node.get("id");
        JsonNode minHash = node == null ? null : node.get("minhash");
        if (id == null || !id.isTextual() || minHash == null || !minHash.isArray()) {
            throw new IllegalArgumentException("not an object with a string \"id\" and an array \"minhash\"");
        }
        int[] values = new int[minHash.size()];
        for (int i = 0; i < values.length; i++) {
            if (!minHash.get(i).canConvertToInt() || !minHash.get(i).isIntegralNumber()) {
                throw new IllegalArgumentException("minhash[" + i + "] is not a 32-bit integer");
            }
            values[i] = minHash.get(i).intValue();
        }
        return new SignatureLine(id.asText(), new Signature(values));
    }
}

package warta.bench.sim;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sends {@code POST /v1/chat/completions} to the {@link ChatHandler}, answers
 * {@code GET /v1/models} with the one model, and everything else with an OpenAI-style 404. Every
 * exchange is closed here, which drops the connection when no complete answer was written (a hang,
 * a truncated body).
 */
final class Router implements HttpHandler {

    static final String MODELS = "{\"object\":\"list\",\"data\":[{\"id\":\"" + SimulatedModelServer.MODEL
            + "\",\"object\":\"model\",\"created\":0,\"owned_by\":\"warta\"}]}";

    private final ChatHandler chat;
    private final SlotContext slots;
    private final ObjectMapper json = new ObjectMapper();

    /** @param slots the llama-server mode, or null: then {@code /props} and {@code /tokenize} are 404s */
    Router(ChatHandler chat, SlotContext slots) {
        this.chat = chat;
        this.slots = slots;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
            if (method.equals("POST") && path.equals("/v1/chat/completions")) {
                chat.handle(exchange);
            } else if (method.equals("GET") && path.equals("/v1/models")) {
                Responses.json(exchange, 200, MODELS);
            } else if (slots != null && method.equals("GET") && path.equals("/props")) {
                Responses.json(exchange, 200, slots.props());
            } else if (slots != null && method.equals("POST") && path.equals("/tokenize")) {
                tokenize(exchange);
            } else {
                Responses.error(
                        exchange,
                        404,
                        "Invalid URL (" + method + " "
                                + exchange.getRequestURI().getPath() + ")",
                        "invalid_request_error",
                        null);
            }
        }
    }

    /** llama-server's {@code POST /tokenize}: {@code {"content": text}} -> {@code {"tokens": [ids]}}. */
    private void tokenize(HttpExchange exchange) throws IOException {
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = json.readTree(in);
        } catch (JacksonException e) {
            Responses.error(exchange, 400, "Invalid request: " + e.getOriginalMessage(), "invalid_request_error", null);
            return;
        }
        if (body == null || !body.path("content").isTextual()) {
            Responses.error(exchange, 400, "\"content\" must be a string", "invalid_request_error", null);
            return;
        }
        slots.tokenized();
        ObjectNode answer = json.createObjectNode();
        ArrayNode tokens = answer.putArray("tokens");
        for (int id : LlamaTokens.tokenize(body.path("content").asText())) {
            tokens.add(id);
        }
        Responses.json(exchange, 200, answer.toString());
    }
}

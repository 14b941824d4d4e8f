package warta.bench.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the server's JSON answers and OpenAI-style errors ({@code {"error":{message,type,code}}}). */
final class Responses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {}

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Announces the whole of {@code body} in {@code Content-Length} but writes only its first
     * half; closing the exchange then drops the connection, as a server that dies mid-answer would.
     */
    static void truncated(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
    }

    static void rateLimited(HttpExchange exchange, int retryAfterSeconds, String why) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
        error(
                exchange,
                429,
                "Rate limit reached for model " + SimulatedModelServer.MODEL + ": " + why + ". Please try again in "
                        + retryAfterSeconds + "s.",
                "rate_limit_error",
                "rate_limit_exceeded");
    }

    static void error(HttpExchange exchange, int status, String message, String type, String code) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("message", message);
        error.put("type", type);
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        json(exchange, status, body.toString());
    }
}

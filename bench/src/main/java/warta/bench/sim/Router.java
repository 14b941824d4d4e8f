package warta.bench.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

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

    Router(ChatHandler chat) {
        this.chat = chat;
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
}

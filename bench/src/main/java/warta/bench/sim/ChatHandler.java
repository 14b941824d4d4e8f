package warta.bench.sim;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;

/**
 * {@code POST /v1/chat/completions}: refuses a request over the concurrency cap with 429 at once,
 * otherwise draws a {@link Fault} for it and answers, fails, hangs or truncates accordingly.
 * Called on many threads at once; shares only thread-safe state.
 */
final class ChatHandler {

    private final Settings settings;
    private final Counters counters;
    private final Random random;
    private final SlotContext slots;
    private final ObjectMapper json = new ObjectMapper();

    /** @param slots the llama-server mode's slots, or null for none */
    ChatHandler(Settings settings, Counters counters, SlotContext slots) {
        this.settings = settings;
        this.counters = counters;
        this.random = new Random(settings.seed());
        this.slots = slots;
    }

    /**
     * Handles one request. The request leaves the in-flight count before its answer is written, so
     * a client that sends its next request as soon as it has an answer is never refused by the cap.
     */
    void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        int inFlight = counters.started();
        try {
            reply = decide(exchange, inFlight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            counters.finished();
        }
        reply.send(exchange);
    }

    /** What to write back, after any latency or hang has been slept. */
    @FunctionalInterface
    private interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private Reply decide(HttpExchange exchange, int inFlight) throws IOException, InterruptedException {
        if (settings.concurrencyCap() > 0 && inFlight > settings.concurrencyCap()) {
            counters.rateLimited();
            return e -> Responses.rateLimited(
                    e, settings.retryAfterSeconds(), "more than " + settings.concurrencyCap() + " requests in flight");
        }
        if (slots == null) {
            return decideCall(exchange);
        }
        slots.acquire(); // llama-server queues a request until a slot is free
        try {
            return decideCall(exchange);
        } finally {
            slots.release();
        }
    }

    private Reply decideCall(HttpExchange exchange) throws IOException, InterruptedException {
        ChatCall call;
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = json.readTree(in);
            call = ChatCall.from(body);
            if (slots != null) {
                call = slots.admit(call, maxTokens(body));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            return x -> Responses.error(x, 400, "Invalid request: " + e.getMessage(), "invalid_request_error", null);
        }
        return decide(
                call,
                Fault.draw(
                        random, settings.rate429(), settings.rate500(), settings.rateHang(), settings.rateTruncated()));
    }

    /** {@code max_tokens}, else {@code max_completion_tokens}, else -1 (none: until the context ends). */
    private static int maxTokens(JsonNode body) {
        JsonNode value = body.has("max_tokens") ? body.path("max_tokens") : body.path("max_completion_tokens");
        return value.isNumber() ? value.asInt() : -1;
    }

    private Reply decide(ChatCall call, Fault fault) throws InterruptedException {
        switch (fault) {
            case RATE_LIMIT -> {
                counters.rateLimited();
                return e -> Responses.rateLimited(e, settings.retryAfterSeconds(), "injected");
            }
            case SERVER_ERROR -> {
                counters.serverError();
                return e -> Responses.error(
                        e,
                        500,
                        "The server had an error while processing your request (injected).",
                        "server_error",
                        null);
            }
            case HANG -> {
                counters.hung();
                Thread.sleep(settings.hangFor());
                return e -> {};
            }
            case TRUNCATED -> {
                counters.truncated();
                Completion completion = Completion.answering(call, json);
                Thread.sleep(settings.latency(completion.completionTokens()));
                return e -> Responses.truncated(e, completion.toJson(json));
            }
            default -> {
                return answer(call);
            }
        }
    }

    private Reply answer(ChatCall call) throws InterruptedException {
        Completion completion = Completion.answering(call, json);
        Duration latency = settings.latency(completion.completionTokens());
        Thread.sleep(latency);
        counters.answered(completion.promptTokens(), completion.completionTokens(), latency.toMillis());
        return e -> Responses.json(e, 200, completion.toJson(json));
    }
}

package warta.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for {@code llama-server -c (context*slots) -np slots}, small enough for server tests
 * (the bench's simulated server does the same for the CLI's): {@code GET /props} says the context of
 * one slot and the slots, {@code POST /tokenize} counts one token per 3 characters, {@code GET
 * /v1/models} lists the model, and {@code POST /v1/chat/completions} runs at most {@code slots}
 * requests at once (the others wait, as llama-server queues them), counts the prompt (its tokens
 * plus 4 a message), cuts a prompt longer than the slot <em>silently</em> and answers 200, as
 * llama-server does, and answers with {@link TestModel#faithful} after 60 ms. Every chat request is recorded
 * ({@link #calls}) so a test can assert that none was cut or ran past its slot. {@link #hold} keeps
 * chat requests in their slots until {@link #release}; the other endpoints answer meanwhile, on
 * threads of their own.
 */
public final class LlamaStandIn implements AutoCloseable {

    /** One chat request as the stand-in saw it. */
    public record Call(boolean summary, boolean jsonSchema, int promptTokens, int maxTokens, int context) {

        /** Whether llama-server would have cut its prompt (silently). */
        public boolean truncated() {
            return promptTokens > context;
        }

        /** Whether its prompt and {@code max_tokens} together run past the slot (a context shift mid-answer). */
        public boolean overflows() {
            return promptTokens + maxTokens > context;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LATENCY_MS = 60;

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int context;
    private final int slots;
    private final Semaphore free;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    private final AtomicInteger propsCalls = new AtomicInteger();
    private final AtomicInteger modelsCalls = new AtomicInteger();
    private final AtomicReference<CountDownLatch> held = new AtomicReference<>(new CountDownLatch(0));

    private LlamaStandIn(int context, int slots) {
        this.context = context;
        this.slots = slots;
        this.free = new Semaphore(slots, true);
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Starts a stand-in with {@code context} tokens per slot and {@code slots} slots. */
    public static LlamaStandIn start(int context, int slots) {
        return new LlamaStandIn(context, slots);
    }

    /** The OpenAI-compatible base URL, ending in {@code /v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
    }

    /** The chat requests so far, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The most chat requests the stand-in had at once, in their slots or queued for one. */
    public int maxOpen() {
        return maxOpen.get();
    }

    /** Chat requests in their slots now. */
    public int inFlight() {
        return inFlight.get();
    }

    public int propsCalls() {
        return propsCalls.get();
    }

    /** How many times {@code GET /v1/models} was asked (the readiness probe asks it). */
    public int modelsCalls() {
        return modelsCalls.get();
    }

    /** From now on chat requests keep their slot until {@link #release}. */
    public void hold() {
        held.set(new CountDownLatch(1));
    }

    /** Lets the held chat requests answer, and the next ones straight away. */
    public void release() {
        held.getAndSet(new CountDownLatch(0)).countDown();
    }

    @Override
    public void close() {
        release();
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/props")) {
                propsCalls.incrementAndGet();
                send(
                        exchange,
                        200,
                        "{\"default_generation_settings\":{\"n_ctx\":" + context + "},\"total_slots\":" + slots + "}");
            } else if (method.equals("POST") && path.equals("/tokenize")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                int tokens = tokens(body.path("content").asText());
                List<Integer> ids = new ArrayList<>();
                for (int i = 0; i < tokens; i++) {
                    ids.add(i);
                }
                send(
                        exchange,
                        200,
                        JSON.writeValueAsString(JSON.createObjectNode().putPOJO("tokens", ids)));
            } else if (method.equals("GET") && path.equals("/v1/models")) {
                modelsCalls.incrementAndGet();
                send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"stand-in\",\"object\":\"model\"}]}");
            } else if (method.equals("POST") && path.equals("/v1/chat/completions")) {
                chat(exchange, JSON.readTree(exchange.getRequestBody()));
            } else {
                send(exchange, 404, "{\"error\":{\"message\":\"File Not Found\",\"code\":404}}");
            }
        }
    }

    private void chat(HttpExchange exchange, JsonNode body) throws IOException {
        maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        free.acquireUninterruptibly();
        inFlight.incrementAndGet();
        try {
            List<ChatMessage> messages = new ArrayList<>();
            int prompt = 0;
            for (JsonNode message : body.path("messages")) {
                String text = message.path("content").asText();
                prompt += tokens(text) + 4;
                messages.add(
                        switch (message.path("role").asText()) {
                            case "system" -> SystemMessage.from(text);
                            case "assistant" -> AiMessage.from(text);
                            default -> UserMessage.from(text);
                        });
            }
            ChatRequest request = ChatRequest.builder().messages(messages).build();
            boolean summary = !TestModel.translates(request);
            boolean schema = body.path("response_format").path("type").asText().equals("json_schema")
                    && body.path("response_format").path("json_schema").has("schema");
            int maxTokens = body.path("max_tokens")
                    .asInt(body.path("max_completion_tokens").asInt(0));
            calls.add(new Call(summary, schema, prompt, maxTokens, context));
            held.get().await();
            Thread.sleep(LATENCY_MS); // long enough for requests sent together to overlap here
            String content = TestModel.faithful(request);
            ObjectNode answer = JSON.createObjectNode()
                    .put("id", "chatcmpl-" + calls.size())
                    .put("object", "chat.completion")
                    .put("created", 0)
                    .put("model", body.path("model").asText());
            ObjectNode choice = answer.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            int completion = tokens(content);
            answer.putObject("usage")
                    .put("prompt_tokens", Math.min(prompt, context))
                    .put("completion_tokens", completion)
                    .put("total_tokens", Math.min(prompt, context) + completion);
            send(exchange, 200, JSON.writeValueAsString(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 500, "{\"error\":{\"message\":\"stopped\"}}");
        } finally {
            inFlight.decrementAndGet();
            free.release();
            open.decrementAndGet();
        }
    }

    private static int tokens(String text) {
        return (text.length() + 2) / 3;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

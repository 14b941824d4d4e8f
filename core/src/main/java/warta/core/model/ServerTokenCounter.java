package warta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import warta.core.chunk.TokenCounter;

/**
 * Counts with a server's own tokenizer, {@code POST /tokenize}: llama-server's
 * ({@code {"content":...}} -> {@code {"tokens":[...]}}) and vLLM's ({@code {"model","prompt"}} ->
 * {@code {"count":n}}), one body carrying both. Answers are cached per text (the last
 * {@value #CACHE_SIZE} texts). When the server does not answer, the text is counted with
 * {@code fallback}. Thread-safe.
 */
final class ServerTokenCounter implements TokenCounter {

    static final int CACHE_SIZE = 512;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String url;
    private final String model;
    private final TokenCounter fallback;
    private final String apiKey;
    private final Map<String, Integer> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    ServerTokenCounter(String url, String model, String apiKey, TokenCounter fallback) {
        this.apiKey = apiKey;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ServerProbe.WAIT)
                .build();
        this.url = url;
        this.model = model;
        this.fallback = fallback;
    }

    @Override
    public int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Integer known = cache.get(text);
        if (known != null) {
            return known;
        }
        int counted = ask(client, url, model, apiKey, text, ServerProbe.WAIT);
        if (counted < 0) {
            return fallback.count(text);
        }
        cache.put(text, counted);
        return counted;
    }

    /** The server's count of {@code text}, or -1 when it gave none. */
    static int ask(HttpClient client, String url, String model, String apiKey, String text, Duration wait) {
        String body = JSON.createObjectNode()
                .put("content", text)
                .put("prompt", text)
                .put("model", model)
                .put("add_special", false)
                .toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(wait)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return -1;
            }
            JsonNode answer = JSON.readTree(response.body());
            if (answer.path("count").canConvertToInt()) {
                return answer.path("count").asInt();
            }
            return answer.path("tokens").isArray() ? answer.path("tokens").size() : -1;
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

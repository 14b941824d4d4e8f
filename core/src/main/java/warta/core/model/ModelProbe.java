package warta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/**
 * One cheap request before a batch starts, so that a provider that cannot be used is reported at
 * once instead of as a failure of every article: {@code GET /models} for OpenAI-compatible
 * servers, {@code GET /api/tags} for Ollama (which also tells whether the model is pulled). An
 * unreachable server, a refused key or (Ollama) a missing model is a {@link ModelException}; for
 * the embedded provider the check is that its model file is there (or can be downloaded);
 * anything else, including a server without a models endpoint, counts as reachable. Costs no
 * tokens.
 */
public final class ModelProbe {

    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelProbe() {}

    /** Checks that {@code config}'s provider answers; throws {@link ModelException} when it cannot be used. */
    public static void check(ModelConfig config) {
        check(config, ModelFiles.fromSystem());
    }

    /**
     * As {@link #check(ModelConfig)}; for the embedded provider, makes sure its model file is
     * there (downloading it, unless {@code files} is offline), without loading it.
     */
    public static void check(ModelConfig config, ModelFiles files) {
        switch (config.provider()) {
            case OPENAI -> get(config, config.baseUrl().replaceAll("/+$", "") + "/models");
            case OLLAMA -> ollamaHasModel(config, get(config, config.baseUrl().replaceAll("/+$", "") + "/api/tags"));
            case EMBEDDED -> files.locate(config.model());
        }
    }

    private static String get(ModelConfig config, String url) {
        Duration wait = config.timeout().compareTo(MAX_WAIT) < 0 ? config.timeout() : MAX_WAIT;
        HttpClient client = HttpClient.newBuilder().connectTimeout(wait).build();
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(wait).GET();
        if (config.hasApiKey()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw ModelErrors.of(
                        new dev.langchain4j.exception.HttpException(response.statusCode(), response.body()), config);
            }
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            throw ModelErrors.of(e instanceof ConnectException ? e : new RuntimeException(e), config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(Kind.UNREACHABLE, "interrupted while checking " + config.baseUrl());
        } finally {
            client.close();
        }
    }

    private static void ollamaHasModel(ModelConfig config, String tags) {
        if (tags == null) {
            return;
        }
        try {
            for (JsonNode model : MAPPER.readTree(tags).path("models")) {
                String name = model.path("name").asText();
                if (name.equals(config.model()) || name.equals(config.model() + ":latest")) {
                    return;
                }
            }
        } catch (IOException e) {
            return;
        }
        throw new ModelException(Kind.UNKNOWN_MODEL, names -> HttpErrors.unknownModel(config, names), null);
    }
}

package warta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.chunk.TokenCounters;

/**
 * Asks a model server for its {@link ServerLimits}, once, with a short timeout; never fails: what
 * a server does not say stays unknown. What is asked:
 *
 * <ul>
 *   <li>OpenAI-compatible, not {@code api.openai.com}: llama-server's {@code GET /props}
 *       ({@code default_generation_settings.n_ctx}, the context of one slot, and {@code total_slots});
 *       then {@code GET {base-url}/models}, whose entry for the model (or only entry) has the
 *       {@code max_model_len} vLLM gives.
 *       Both servers offer {@code POST /tokenize} beside {@code /v1}; it is asked once to count a
 *       built-in Indonesian sample, which gives the ratio to o200k_base.
 *   <li>Ollama: {@code POST /api/show} for the model; its {@code model_info.*.context_length}
 *       bounds the {@code num_ctx} Warta sends ({@code context-tokens}).
 *   <li>The hosted OpenAI API: nothing; it counts with o200k_base (ratio 1) and its context is
 *       the model's.
 *   <li>The embedded model: nothing (it knows its own context).
 * </ul>
 */
public final class ServerProbe {

    /** How long each question may take: the server is local or it is not worth waiting for. */
    public static final Duration WAIT = Duration.ofSeconds(3);

    /** Indonesian news text, counted by the server's tokenizer and by o200k_base for the ratio. */
    static final String SAMPLE = "Pemerintah Provinsi DKI Jakarta mengalokasikan anggaran sebesar Rp 3,5 triliun"
            + " untuk pembangunan sistem pengendalian banjir di wilayah utara ibu kota pada tahun 2024. Kepala"
            + " Dinas Sumber Daya Air mengatakan bahwa proyek tersebut akan dimulai bulan depan dan diharapkan"
            + " selesai dalam tiga tahun. Sebanyak 1.250 warga di 12 kelurahan akan terdampak oleh pekerjaan"
            + " konstruksi, dan mereka dijanjikan ganti rugi sebelum perayaan Hari Kemerdekaan. \"Kami sudah"
            + " berkoordinasi dengan pemerintah pusat dan para pemangku kepentingan,\" ujarnya kepada wartawan"
            + " di Balai Kota, Senin (15/1/2024).";

    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelConfig config;
    private final HttpClient client;

    private ServerProbe(ModelConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(WAIT)
                .build();
    }

    /** The limits {@code config}'s server tells; unknown ones stay unknown. Never throws. */
    public static ServerLimits learn(ModelConfig config) {
        ServerLimits limits = new ServerProbe(config).ask();
        LOG.debug("{}", limits.describe());
        return limits;
    }

    private ServerLimits ask() {
        return switch (config.provider()) {
            case EMBEDDED -> ServerLimits.unknown(1, "in-process model: not asked");
            case OLLAMA -> ollama();
            case OPENAI ->
                hosted() ? ServerLimits.unknown(1, "hosted OpenAI API: not asked, counted with o200k") : openAi();
        };
    }

    private boolean hosted() {
        return hosted(config);
    }

    /** Whether {@code config} speaks to OpenAI's hosted API ({@code api.openai.com}). */
    public static boolean hosted(ModelConfig config) {
        if (config.provider() != Provider.OPENAI || config.baseUrl() == null) {
            return false;
        }
        String host = URI.create(config.baseUrl().strip()).getHost();
        return host != null && host.equalsIgnoreCase("api.openai.com");
    }

    private String base() {
        return config.baseUrl().strip().replaceAll("/+$", "");
    }

    /** The server's root: the base URL without its {@code /v1}, where llama-server and vLLM serve /props and /tokenize. */
    private String root() {
        return base().replaceAll("/v1$", "");
    }

    private ServerLimits openAi() {
        JsonNode props = get(root() + "/props");
        if (props != null
                && props.path("default_generation_settings").path("n_ctx").canConvertToInt()) {
            int context =
                    props.path("default_generation_settings").path("n_ctx").asInt();
            int slots = Math.max(0, props.path("total_slots").asInt(0));
            return withTokenizer(context, slots, ServerLimits.LLAMA_SERVER);
        }
        JsonNode models = get(base() + "/models");
        JsonNode length = models == null ? null : model(models.path("data")).path("max_model_len");
        if (length != null && length.canConvertToInt() && length.asInt() > 0) {
            return withTokenizer(length.asInt(), 0, "vLLM GET /v1/models");
        }
        return ServerLimits.unknown(
                ServerLimits.FALLBACK_RATIO, "OpenAI-compatible server: /props and max_model_len not offered");
    }

    /** The entry of {@code data} for the configured model, or the only one; a missing node else. */
    private JsonNode model(JsonNode data) {
        for (JsonNode entry : data) {
            if (config.model().equals(entry.path("id").asText())) {
                return entry;
            }
        }
        return data.size() == 1 ? data.path(0) : data.path(-1);
    }

    /** Limits with the server's tokenizer when {@code POST /tokenize} counts the sample; the fallback ratio else. */
    private ServerLimits withTokenizer(int context, int slots, String source) {
        String url = root() + "/tokenize";
        int counted = ServerTokenCounter.ask(client, url, config.model(), config.apiKey(), SAMPLE, WAIT);
        if (counted <= 0) {
            return new ServerLimits(
                    Math.max(0, context), slots, null, ServerLimits.FALLBACK_RATIO, source + "; no POST /tokenize");
        }
        double ratio =
                Math.max(1, (double) counted / TokenCounters.o200k().count(SAMPLE)) * ServerLimits.MEASURED_MARGIN;
        return new ServerLimits(Math.max(0, context), slots, url, ratio, source + ", POST /tokenize");
    }

    private ServerLimits ollama() {
        JsonNode show = post(
                base() + "/api/show",
                JSON.createObjectNode().put("model", config.model()).toString());
        int trained = show == null ? 0 : contextLength(show.path("model_info"));
        ServerLimits limits = ServerLimits.unknown(ServerLimits.FALLBACK_RATIO, "Ollama POST /api/show");
        return trained > 0 ? limits.withContext(Math.min(trained, config.contextTokens())) : limits;
    }

    /** {@code model_info}'s {@code <architecture>.context_length}. */
    private static int contextLength(JsonNode info) {
        for (Iterator<Map.Entry<String, JsonNode>> it = info.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith(".context_length") && field.getValue().canConvertToInt()) {
                return field.getValue().asInt();
            }
        }
        return 0;
    }

    private JsonNode get(String url) {
        return send(request(url).GET().build());
    }

    private JsonNode post(String url, String body) {
        return send(request(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(WAIT);
        if (config.hasApiKey()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        return request;
    }

    /** The JSON answer of a 200, else null: a server that does not offer this has nothing to say. */
    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("{} {}: {}", request.method(), request.uri(), e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package warta.core.model;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;

/** {@link ServerProbe} and {@link ServerLimits} against WireMock stand-ins of llama-server, vLLM and Ollama. */
class ServerProbeTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelConfig openAi() {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .model("local")
                .build();
    }

    /** A tokenizer answer of {@code n} tokens, llama-server style. */
    private static String tokens(int n) {
        StringBuilder ids = new StringBuilder("{\"tokens\":[");
        for (int i = 0; i < n; i++) {
            ids.append(i == 0 ? "" : ",").append(i);
        }
        return ids.append("]}").toString();
    }

    @Test
    void should_learn_llama_server_context_per_slot_slots_and_tokenizer() {
        server.stubFor(get(urlEqualTo("/props"))
                .willReturn(okJson("{\"default_generation_settings\":{\"n_ctx\":4096},\"total_slots\":2}")));
        int sample = TokenCounters.o200k().count(ServerProbe.SAMPLE);
        server.stubFor(post(urlEqualTo("/tokenize")).willReturn(okJson(tokens(2 * sample))));

        ServerLimits limits = ServerProbe.learn(openAi());

        assertThat(limits.contextTokens()).isEqualTo(4096);
        assertThat(limits.slots()).isEqualTo(2);
        assertThat(limits.tokenizeUrl()).isEqualTo(server.baseUrl() + "/tokenize");
        assertThat(limits.tokenRatio()).isCloseTo(2 * ServerLimits.MEASURED_MARGIN, within(0.001));
        assertThat(limits.describe()).contains("llama-server GET /props", "4096 tokens per request", "slots 2");
        server.verify(postRequestedFor(urlEqualTo("/tokenize"))
                .withRequestBody(matchingJsonPath("$.content", equalTo(ServerProbe.SAMPLE))));
    }

    @Test
    void should_learn_vllm_max_model_len_and_count_with_its_tokenizer() {
        server.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"local\",\"max_model_len\":16384}]}")));
        server.stubFor(post(urlEqualTo("/tokenize")).willReturn(okJson("{\"count\":7,\"max_model_len\":16384}")));

        ServerLimits limits = ServerProbe.learn(openAi());
        TokenCounter counter = limits.counter(openAi());

        assertThat(limits.contextTokens()).isEqualTo(16384);
        assertThat(limits.slots()).isZero();
        assertThat(limits.tokenRatio()).isEqualTo(ServerLimits.MEASURED_MARGIN); // 7 is fewer than o200k's: 1
        assertThat(counter.count("Selamat pagi")).isEqualTo(7);
        assertThat(counter.count("Selamat pagi")).isEqualTo(7);
        // the probe's sample, then one text counted once: the second count came from the cache
        server.verify(2, postRequestedFor(urlEqualTo("/tokenize")));
    }

    @Test
    void should_take_max_model_len_of_the_configured_model() {
        server.stubFor(get(urlEqualTo("/v1/models"))
                .willReturn(okJson("{\"data\":[{\"id\":\"other\",\"max_model_len\":2048},"
                        + "{\"id\":\"local\",\"max_model_len\":32768}]}")));

        assertThat(ServerProbe.learn(openAi()).contextTokens()).isEqualTo(32768);
        assertThat(ServerProbe.learn(openAi().toBuilder().model("third").build())
                        .knowsContext())
                .isFalse();
    }

    @Test
    void should_learn_nothing_from_a_server_that_offers_nothing_and_count_with_the_margin() {
        ServerLimits limits = ServerProbe.learn(openAi());

        assertThat(limits.knowsContext()).isFalse();
        assertThat(limits.slots()).isZero();
        assertThat(limits.tokenizeUrl()).isNull();
        assertThat(limits.tokenRatio()).isEqualTo(ServerLimits.FALLBACK_RATIO);
        assertThat(limits.counter(openAi()).count("Selamat pagi, Jakarta"))
                .isEqualTo((int) Math.ceil(TokenCounters.o200k().count("Selamat pagi, Jakarta") * 1.65));
    }

    @Test
    void should_learn_nothing_from_a_server_that_is_down() {
        ModelConfig config = openAi();
        server.stop();

        ServerLimits limits = ServerProbe.learn(config);

        assertThat(limits.knowsContext()).isFalse();
        assertThat(limits.tokenRatio()).isEqualTo(ServerLimits.FALLBACK_RATIO);
    }

    @Test
    void should_bound_ollama_num_ctx_by_the_models_context_length() {
        server.stubFor(post(urlEqualTo("/api/show"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen2.5:7b-instruct")))
                .willReturn(okJson(
                        "{\"model_info\":{\"general.architecture\":\"qwen2\"," + "\"qwen2.context_length\":4096}}")));
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OLLAMA)
                .baseUrl(server.baseUrl())
                .build();

        ServerLimits limits = ServerProbe.learn(config);

        assertThat(limits.contextTokens()).isEqualTo(4096);
        assertThat(limits.tokenRatio()).isEqualTo(ServerLimits.FALLBACK_RATIO);
        assertThat(ServerProbe.learn(config.toBuilder()
                                .contextTokens(2048)
                                .maxOutputTokens(512)
                                .build())
                        .contextTokens())
                .isEqualTo(2048);
    }

    @Test
    void should_ask_the_hosted_openai_api_nothing() {
        ServerLimits limits = ServerProbe.learn(ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl("https://api.openai.com/v1")
                .build());

        assertThat(limits.tokenRatio()).isEqualTo(1);
        assertThat(limits.knowsContext()).isFalse();
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void should_use_learned_context_and_slots_unless_the_user_set_them() {
        ServerLimits limits = new ServerLimits(4096, 2, null, 1.5, "test");
        ModelConfig config = openAi();

        ModelConfig learned = limits.applyTo(config, Set.of());
        ModelConfig explicit = limits.applyTo(config, Set.of("context-tokens", "concurrency"));

        assertThat(learned.contextTokens()).isEqualTo(4096);
        assertThat(learned.maxOutputTokens()).isEqualTo(1024); // 2048 would take half the context
        assertThat(learned.concurrency()).isEqualTo(2);
        assertThat(explicit.contextTokens()).isEqualTo(config.contextTokens());
        assertThat(explicit.concurrency()).isEqualTo(config.concurrency());
        assertThat(limits.applyTo(config, Set.of("max-output-tokens")).maxOutputTokens())
                .isEqualTo(2048);
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}

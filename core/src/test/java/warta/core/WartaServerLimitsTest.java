package warta.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

/** {@link Warta#serverLimits()} and {@link Warta#effectiveConfig()} against a llama-server stand-in. */
class WartaServerLimitsTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(get(urlEqualTo("/props"))
                .willReturn(okJson("{\"default_generation_settings\":{\"n_ctx\":4096},\"total_slots\":2}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelConfig config() {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .model("local")
                .build();
    }

    @Test
    void should_ask_the_server_once_and_use_what_it_says() {
        try (Warta warta = Warta.builder(config()).learnServerLimits(Set.of()).build()) {
            server.verify(0, anyRequestedFor(anyUrl())); // nothing is asked before it is needed

            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().concurrency()).isEqualTo(2);
            assertThat(warta.serverLimits().describe()).contains("llama-server GET /props");
        }
        server.verify(1, getRequestedFor(urlEqualTo("/props")));
    }

    @Test
    void should_keep_what_the_user_set() {
        try (Warta warta = Warta.builder(config().toBuilder().concurrency(3).build())
                .learnServerLimits(Set.of("concurrency"))
                .build()) {
            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().concurrency()).isEqualTo(3);
        }
    }

    @Test
    void should_ask_nothing_unless_told_to_learn() {
        try (Warta warta = Warta.builder(config()).build()) {
            assertThat(warta.effectiveConfig()).isEqualTo(config());
            assertThat(warta.serverLimits().knowsContext()).isFalse();
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}

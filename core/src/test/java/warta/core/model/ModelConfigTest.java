package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

    @Test
    void should_default_to_the_embedded_model_and_a_local_ollama_when_asked() {
        ModelConfig embedded = ModelConfig.builder().build();
        assertThat(embedded.provider()).isEqualTo(Provider.EMBEDDED);
        assertThat(embedded.model())
                .isEqualTo(warta.core.model.embedded.store.ModelCatalog.builtIn()
                        .defaultPreset()
                        .name());
        assertThat(embedded.baseUrl()).isNull();
        assertThat(embedded.concurrency()).isEqualTo(1);

        ModelConfig config = ModelConfig.builder().provider(Provider.OLLAMA).build();

        assertThat(config.provider()).isEqualTo(Provider.OLLAMA);
        assertThat(config.model()).isEqualTo("qwen2.5:7b-instruct");
        assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:11434");
        assertThat(config.apiKey()).isNull();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.maxRetries()).isEqualTo(4);
        assertThat(config.temperature()).isZero();
        assertThat(config.contextTokens()).isEqualTo(8192);
        assertThat(config.maxOutputTokens()).isEqualTo(2048);
        assertThat(config.concurrency()).isEqualTo(2);
    }

    @Test
    void should_choose_openai_defaults_when_the_provider_is_openai() {
        ModelConfig config = ModelConfig.builder().provider(Provider.OPENAI).build();

        assertThat(config.model()).isEqualTo("gpt-4o-mini");
        assertThat(config.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(config.concurrency()).isEqualTo(4);
    }

    @Test
    void should_never_show_the_api_key_in_to_string() {
        ModelConfig withKey = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .apiKey("sk-secret-123")
                .build();
        ModelConfig withoutKey = ModelConfig.builder().build();

        assertThat(withKey.toString()).doesNotContain("sk-secret-123").contains("apiKey=***");
        assertThat(withoutKey.toString()).contains("apiKey=(none)");
    }

    @Test
    void should_name_the_bad_argument() {
        assertThatThrownBy(() -> ModelConfig.builder().maxRetries(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("retries must");
        assertThatThrownBy(() -> ModelConfig.builder().timeout(Duration.ZERO).build())
                .hasMessageStartingWith("timeout");
        assertThatThrownBy(() -> ModelConfig.builder().temperature(2.5).build()).hasMessageStartingWith("temperature");
        assertThatThrownBy(() -> ModelConfig.builder().concurrency(0).build()).hasMessageStartingWith("concurrency");
        assertThatThrownBy(() -> ModelConfig.builder().model(" ").build()).hasMessageStartingWith("model");
        assertThatThrownBy(
                        () -> ModelConfig.builder().baseUrl("localhost:11434").build())
                .hasMessageStartingWith("base-url");
        assertThatThrownBy(() -> ModelConfig.builder()
                        .contextTokens(1000)
                        .maxOutputTokens(1000)
                        .build())
                .hasMessage("max-output-tokens (1000) must be less than context-tokens (1000)");
        assertThatThrownBy(() -> new ModelConfig(
                        null, "m", "http://x", null, Duration.ofSeconds(1), 0, Duration.ofMinutes(1), 0, 10, 1, 1))
                .hasMessage("provider");
    }

    @Test
    void should_need_no_base_url_for_the_embedded_provider() {
        ModelConfig config = ModelConfig.builder().provider(Provider.EMBEDDED).build();

        assertThat(config.baseUrl()).isNull();
    }

    @Test
    void should_copy_itself_through_to_builder() {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .apiKey("k")
                .maxRetries(1)
                .build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}

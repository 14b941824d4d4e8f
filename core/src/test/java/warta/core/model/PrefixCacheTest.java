package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixCacheTest {

    private static final ServerLimits SAID_NOTHING = ServerLimits.unknown(1.65, "OpenAI-compatible server");
    private static final ServerLimits LLAMA_SERVER =
            new ServerLimits(4096, 2, null, 1.65, ServerLimits.LLAMA_SERVER + "; no POST /tokenize");

    private static ModelConfig config(Provider provider, String baseUrl) {
        return ModelConfig.builder()
                .provider(provider)
                .model("m")
                .baseUrl(baseUrl)
                .build();
    }

    @Test
    void should_reuse_any_prefix_in_a_llama_cpp_slot() {
        assertThat(PrefixCache.of(config(Provider.EMBEDDED, null), SAID_NOTHING))
                .isEqualTo(PrefixCache.SLOT);
        assertThat(PrefixCache.of(config(Provider.OPENAI, "http://127.0.0.1:8080/v1"), LLAMA_SERVER))
                .isEqualTo(PrefixCache.SLOT);
        assertThat(PrefixCache.SLOT.serves(1)).isTrue();
    }

    @Test
    void should_reuse_only_prefixes_of_the_hosted_minimum_at_openai() {
        PrefixCache hosted = PrefixCache.of(config(Provider.OPENAI, "https://api.openai.com/v1"), SAID_NOTHING);

        assertThat(hosted).isEqualTo(PrefixCache.HOSTED);
        assertThat(hosted.serves(1023)).isFalse();
        assertThat(hosted.serves(1024)).isTrue();
    }

    @Test
    void should_reuse_nothing_where_the_server_is_not_known_to_keep_a_prefix() {
        assertThat(PrefixCache.of(config(Provider.OPENAI, "http://127.0.0.1:8000/v1"), SAID_NOTHING))
                .isEqualTo(PrefixCache.NONE);
        assertThat(PrefixCache.of(config(Provider.OLLAMA, "http://127.0.0.1:11434"), SAID_NOTHING))
                .isEqualTo(PrefixCache.NONE);
        assertThat(PrefixCache.NONE.serves(100_000)).isFalse();
    }
}

package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderTest {

    @Test
    void should_parse_ids_ignoring_case_and_spaces() {
        assertThat(Provider.parse("openai")).isEqualTo(Provider.OPENAI);
        assertThat(Provider.parse(" Ollama ")).isEqualTo(Provider.OLLAMA);
        assertThat(Provider.parse("EMBEDDED")).isEqualTo(Provider.EMBEDDED);
    }

    @Test
    void should_give_lower_case_ids() {
        assertThat(Provider.OPENAI.id()).isEqualTo("openai");
        assertThat(Provider.OLLAMA.id()).isEqualTo("ollama");
        assertThat(Provider.EMBEDDED.id()).isEqualTo("embedded");
    }

    @Test
    void should_list_the_valid_ids_when_the_id_is_unknown() {
        assertThatThrownBy(() -> Provider.parse("claude"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown provider 'claude'; use openai, ollama or embedded");
        assertThatThrownBy(() -> Provider.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_say_every_provider_takes_a_json_schema_so_plans_show_the_schema_that_is_sent() {
        for (Provider provider : Provider.values()) {
            assertThat(provider.capabilities())
                    .as(provider.id())
                    .contains(dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        }
    }
}

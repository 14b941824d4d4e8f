package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedSettingsTest {

    @Test
    void should_name_a_refused_value_by_its_setting_never_by_its_field() {
        assertThatThrownBy(() -> EmbeddedSettings.builder()
                        .contextTokens(1024)
                        .maxOutputTokens(1024)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max-output-tokens must be at least 1 and less than context-tokens (1024), not 1024");
        assertThatThrownBy(() -> EmbeddedSettings.builder().contextTokens(1).build())
                .hasMessage("context-tokens must be at least 2, not 1");
        assertThatThrownBy(() -> EmbeddedSettings.builder().temperature(3).build())
                .hasMessage("temperature must be between 0 and 2, not 3.0");
    }
}

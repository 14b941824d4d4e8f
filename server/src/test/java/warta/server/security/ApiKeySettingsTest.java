package warta.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeySettingsTest {

    @TempDir
    Path home;

    @Test
    void should_be_open_when_nothing_sets_keys() {
        assertThat(ApiKeySettings.resolve(Optional.empty(), Map.of(), home).required())
                .isFalse();
    }

    @Test
    void should_take_the_setting_first() throws IOException {
        write(home.resolve(".config/warta/config.properties"), "server-api-keys=from-file\n");

        ApiKeys keys = ApiKeySettings.resolve(Optional.of("from-setting"), Map.of(), home);

        assertThat(keys.matches("from-setting")).isTrue();
        assertThat(keys.matches("from-file")).isFalse();
    }

    @Test
    void should_fall_back_to_the_config_file_in_xdg_config_home() throws IOException {
        Path xdg = home.resolve("xdg");
        write(xdg.resolve("warta/config.properties"), "provider=ollama\nserver-api-keys=k1,k2\n");

        ApiKeys keys = ApiKeySettings.resolve(Optional.empty(), Map.of("XDG_CONFIG_HOME", xdg.toString()), home);

        assertThat(keys.matches("k1")).isTrue();
        assertThat(keys.matches("k2")).isTrue();
    }

    @Test
    void should_refuse_a_config_file_key_without_keys() throws IOException {
        Path file = home.resolve(".config/warta/config.properties");
        write(file, "server-api-keys= ,\n");

        assertThatThrownBy(() -> ApiKeySettings.resolve(Optional.empty(), Map.of(), home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("server-api-keys in " + file + " is set but holds no API key");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import warta.core.error.InputException;
import warta.core.error.SettingException;

class ModelConfigResolverTest {

    @TempDir
    Path dir;

    private Path configFile() {
        return dir.resolve("warta").resolve("config.properties");
    }

    private void writeConfig(String text) throws IOException {
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), text);
    }

    private ModelConfig resolve(Map<String, String> env, Map<String, String> flags) {
        return new ModelConfigResolver(env, configFile()).resolve(flags);
    }

    @Test
    void should_use_defaults_when_nothing_is_set() {
        ModelConfig config = resolve(Map.of(), Map.of());

        assertThat(config).isEqualTo(ModelConfig.builder().build());
        assertThat(config.provider())
                .as("no provider configured: the in-process model")
                .isEqualTo(Provider.EMBEDDED);
    }

    @Test
    void should_read_every_key_from_the_config_file() throws IOException {
        writeConfig("""
                provider=openai
                model=gpt-4.1-mini
                base-url=http://localhost:8080/v1/
                api-key=sk-file
                timeout=90s
                retries=2
                article-time-budget=15m
                temperature=0.3
                context-tokens=16384
                max-output-tokens=1000
                concurrency=8
                """);

        ModelConfig config = resolve(Map.of(), Map.of());

        assertThat(config)
                .isEqualTo(new ModelConfig(
                        Provider.OPENAI,
                        "gpt-4.1-mini",
                        "http://localhost:8080/v1",
                        "sk-file",
                        Duration.ofSeconds(90),
                        2,
                        Duration.ofMinutes(15),
                        0.3,
                        16384,
                        1000,
                        8));
    }

    @Test
    void should_let_environment_beat_the_file_and_flags_beat_both() throws IOException {
        writeConfig("provider=ollama\nmodel=file-model\nbase-url=http://file:1\ntimeout=10\n");
        Map<String, String> env =
                Map.of("WARTA_PROVIDER", "ollama", "WARTA_MODEL", "env-model", "WARTA_BASE_URL", "http://env:2");

        ModelConfig fromEnv = resolve(env, Map.of());
        ModelConfig fromFlags =
                resolve(env, Map.of("model", "flag-model", "base-url", "http://flag:3", "timeout", "500ms"));

        assertThat(fromEnv.model()).isEqualTo("env-model");
        assertThat(fromEnv.baseUrl()).isEqualTo("http://env:2");
        assertThat(fromEnv.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(fromFlags.model()).isEqualTo("flag-model");
        assertThat(fromFlags.baseUrl()).isEqualTo("http://flag:3");
        assertThat(fromFlags.timeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void should_treat_blank_flags_as_absent() {
        Map<String, String> flags = new HashMap<>();
        flags.put("model", null);
        flags.put("retries", " ");

        ModelConfig config = resolve(Map.of("WARTA_MODEL", "env-model"), flags);

        assertThat(config.model()).isEqualTo("env-model");
        assertThat(config.maxRetries()).isEqualTo(4);
    }

    @Test
    void should_use_openai_api_key_only_for_openai() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-openai");

        assertThat(resolve(env, Map.of("provider", "openai")).apiKey()).isEqualTo("sk-openai");
        assertThat(resolve(env, Map.of()).apiKey()).isNull();
    }

    @Test
    void should_prefer_warta_api_key_to_openai_api_key_and_either_to_the_file() throws IOException {
        writeConfig("api-key=sk-file\n");
        Map<String, String> both = Map.of("OPENAI_API_KEY", "sk-openai", "WARTA_API_KEY", "sk-warta");

        assertThat(resolve(both, Map.of("provider", "openai")).apiKey()).isEqualTo("sk-warta");
        assertThat(resolve(Map.of("OPENAI_API_KEY", "sk-openai"), Map.of("provider", "openai"))
                        .apiKey())
                .isEqualTo("sk-openai");
        assertThat(resolve(Map.of(), Map.of("provider", "openai")).apiKey()).isEqualTo("sk-file");
    }

    @Test
    void should_refuse_an_api_key_flag() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("api-key", "sk-flag")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--api-key is not accepted")
                .hasMessageNotContaining("sk-flag");
    }

    @ParameterizedTest
    @CsvSource({
        "gpu-box:8080, http://gpu-box:8080",
        "gpu-box, http://gpu-box:11434",
        ":11500, http://127.0.0.1:11500",
        "0.0.0.0, http://127.0.0.1:11434",
        "0.0.0.0:11434, http://127.0.0.1:11434",
        "https://ollama.example.com/, https://ollama.example.com",
        "http://10.0.0.5:11434, http://10.0.0.5:11434",
        "[::1]:11434, http://[::1]:11434",
        "::1, http://[::1]:11434",
    })
    void should_read_ollama_host_as_the_ollama_cli_does(String ollamaHost, String baseUrl) {
        assertThat(resolve(Map.of("OLLAMA_HOST", ollamaHost), Map.of("provider", "ollama"))
                        .baseUrl())
                .isEqualTo(baseUrl);
    }

    @Test
    void should_rank_ollama_host_below_warta_base_url_and_above_the_file() throws IOException {
        writeConfig("base-url=http://file:1\n");

        Map<String, String> ollama = Map.of("provider", "ollama");
        assertThat(resolve(Map.of("OLLAMA_HOST", "host:2"), ollama).baseUrl()).isEqualTo("http://host:2");
        assertThat(resolve(Map.of("OLLAMA_HOST", "host:2", "WARTA_BASE_URL", "http://env:3"), ollama)
                        .baseUrl())
                .isEqualTo("http://env:3");
        assertThat(resolve(Map.of("OLLAMA_HOST", "host:2"), Map.of("provider", "openai"))
                        .baseUrl())
                .isEqualTo("http://file:1");
    }

    @Test
    void should_not_apply_a_file_written_for_another_provider_to_model_url_and_key() throws IOException {
        writeConfig("provider=ollama\nmodel=llama3\nbase-url=http://gpu:11434\napi-key=k\nretries=1\n");

        ModelConfig config = resolve(Map.of(), Map.of("provider", "openai"));

        assertThat(config.model()).isEqualTo("gpt-4o-mini");
        assertThat(config.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(config.apiKey()).isNull();
        assertThat(config.maxRetries()).isEqualTo(1);
    }

    @Test
    void should_name_the_variable_of_an_unknown_provider() {
        assertThatThrownBy(() -> resolve(Map.of("WARTA_PROVIDER", "foo"), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("WARTA_PROVIDER=foo: unknown provider; use openai, ollama or embedded");
    }

    @Test
    void should_name_the_file_and_key_of_a_bad_number() throws IOException {
        writeConfig("timeout=abc\n");

        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(configFile() + ": timeout=abc is not a number");
    }

    @Test
    void should_name_the_flag_of_a_value_out_of_range() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("retries", "-1")))
                .isInstanceOf(InputException.class)
                .hasMessage("--retries=-1 must be 0 or more");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("temperature", "3")))
                .hasMessage("--temperature=3 must be between 0.0 and 2.0");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("concurrency", "two")))
                .hasMessage("--concurrency=two is not a whole number");
        assertThatThrownBy(() -> resolve(Map.of("WARTA_BASE_URL", "localhost:11434"), Map.of()))
                .hasMessage("WARTA_BASE_URL=localhost:11434 is not an http or https URL");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("context-tokens", "1000", "max-output-tokens", "2000")))
                .isInstanceOf(InputException.class)
                .hasMessage("--max-output-tokens=2000 must be less than --context-tokens=1000");
    }

    @Test
    void should_say_the_value_came_from_a_flag_when_a_flag_value_is_refused() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("retries", "-1")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue());
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("provider", "telepati")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue());
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("api-key", "sk-flag")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue());
    }

    @Test
    void should_say_the_value_did_not_come_from_a_flag_when_an_environment_or_file_value_is_refused()
            throws IOException {
        assertThatThrownBy(() -> resolve(Map.of("WARTA_PROVIDER", "foo"), Map.of()))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isFalse());
        assertThatThrownBy(() -> resolve(Map.of("OLLAMA_HOST", "ftp://gpu-box"), Map.of("provider", "ollama")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isFalse());
        writeConfig("timeout=abc\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isFalse());
    }

    @Test
    void should_name_both_settings_when_the_values_do_not_fit_together_and_blame_a_flag_among_them()
            throws IOException {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("context-tokens", "64")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue())
                .hasMessage("max-output-tokens (2048, the default) must be less than --context-tokens=64");
        writeConfig("context-tokens=4096\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("max-output-tokens", "4096")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue())
                .hasMessage("--max-output-tokens=4096 must be less than " + configFile() + ": context-tokens=4096");
        writeConfig("context-tokens=1000\n");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isFalse())
                .hasMessage("max-output-tokens (2048, the default) must be less than " + configFile()
                        + ": context-tokens=1000");
    }

    @Test
    void should_give_the_reason_a_timeout_is_refused() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("timeout", "1e400")))
                .isInstanceOfSatisfying(
                        SettingException.class, e -> assertThat(e.fromFlag()).isTrue())
                .hasMessage("--timeout=1e400 is too long: at most 24 hours (86400 s)");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("timeout", "PT25H")))
                .hasMessage("--timeout=PT25H is too long: at most 24 hours (86400 s)");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("timeout", "0.0001")))
                .hasMessage("--timeout=0.0001 is less than 1 ms");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("timeout", "-1")))
                .hasMessage("--timeout=-1 must be more than 0");
        assertThat(resolve(Map.of(), Map.of("timeout", "1440m")).timeout()).isEqualTo(Duration.ofHours(24));
        assertThat(resolve(Map.of(), Map.of("timeout", "1.5")).timeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void should_refuse_a_config_file_that_is_not_utf8_text_naming_it() throws IOException {
        Files.createDirectories(configFile().getParent());
        Files.write(configFile(), new byte[] {'t', 'i', 'm', 'e', 'o', 'u', 't', '=', (byte) 0xff, (byte) 0xfe});

        assertThatThrownBy(() -> resolve(Map.of(), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessage("cannot read config file " + configFile() + ": not UTF-8 text");
    }

    @Test
    void should_refuse_a_config_path_that_is_a_directory() throws IOException {
        Files.createDirectories(configFile());

        assertThatThrownBy(() -> resolve(Map.of(), Map.of("provider", "ollama")))
                .isInstanceOf(InputException.class)
                .hasMessage("config file " + configFile() + " is a directory, not a properties file");
    }

    @Test
    void should_say_where_each_value_came_from_without_the_key() throws IOException {
        writeConfig("retries=2\n");
        Map<String, String> env = Map.of("WARTA_PROVIDER", "openai", "OPENAI_API_KEY", "sk-secret");

        ModelConfigResolver.Resolved resolved =
                new ModelConfigResolver(env, configFile()).explain(Map.of("model", "gpt-4.1"));

        assertThat(resolved.describe())
                .contains("provider=openai (WARTA_PROVIDER)")
                .contains("model=gpt-4.1 (--model)")
                .contains("base-url=https://api.openai.com/v1 (default for openai)")
                .contains("api-key=*** (OPENAI_API_KEY)")
                .contains("retries=2 (config file " + configFile() + ")")
                .contains("concurrency=4 (default for openai)")
                .contains("article-time-budget=600000ms (default)")
                .doesNotContain("sk-secret");
    }

    @Test
    void should_name_the_settings_the_user_set_so_that_they_win_over_the_server() throws IOException {
        writeConfig("context-tokens=16384\n");
        Map<String, String> env = Map.of("WARTA_PROVIDER", "openai", "OPENAI_API_KEY", "sk-secret");

        ModelConfigResolver.Resolved resolved =
                new ModelConfigResolver(env, configFile()).explain(Map.of("concurrency", "3"));

        assertThat(resolved.explicitKeys())
                .containsExactlyInAnyOrder("provider", "api-key", "context-tokens", "concurrency");
    }

    @Test
    void should_take_the_article_time_budget_from_a_flag_and_refuse_a_bad_one() {
        assertThat(resolve(Map.of(), Map.of("article-time-budget", "90s")).articleTimeBudget())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(resolve(Map.of(), Map.of()).articleTimeBudget()).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("article-time-budget", "0")))
                .isInstanceOf(SettingException.class)
                .hasMessage("--article-time-budget=0 must be more than 0");
    }

    @Test
    void should_find_the_config_file_under_xdg_config_home_or_home() {
        Path home = Path.of("/home/ani");

        assertThat(ModelConfigResolver.configFile(Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/warta/config.properties"));
        assertThat(ModelConfigResolver.configFile(Map.of(), home))
                .isEqualTo(Path.of("/home/ani/.config/warta/config.properties"));
    }
}

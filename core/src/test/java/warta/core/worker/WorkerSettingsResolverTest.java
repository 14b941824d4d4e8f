package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.SettingException;

class WorkerSettingsResolverTest {

    @TempDir
    Path dir;

    @Test
    void should_take_flags_over_the_environment_over_the_config_file() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), """
                kafka.bootstrap-servers=file:9092
                kafka.group-id=from-file
                kafka.results-topic=file.results
                kafka.property.security.protocol=SASL_SSL
                kafka.property.sasl.jaas.config=secret-from-file
                kafka.property.client.rack=file-rack
                """);
        Map<String, String> env =
                Map.of("WARTA_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "WARTA_KAFKA_GROUP_ID", "from-env");

        WorkerSettings settings = new WorkerSettingsResolver(env, file)
                .resolve(Map.of("bootstrap-servers", "flag:9092"), Map.of("client.rack", "flag-rack"))
                .build();

        assertThat(settings.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(settings.groupId()).isEqualTo("from-env");
        assertThat(settings.resultsTopic()).isEqualTo("file.results");
        assertThat(settings.articlesTopic()).isEqualTo("warta.articles");
        assertThat(settings.properties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-from-file")
                .containsEntry("client.rack", "flag-rack");
    }

    @Test
    void should_refuse_a_secret_as_a_flag_and_say_where_it_goes() {
        WorkerSettingsResolver resolver = new WorkerSettingsResolver(Map.of(), dir.resolve("none.properties"));

        assertThatThrownBy(() -> resolver.resolve(
                        Map.of("bootstrap-servers", "k:9092"), Map.of("ssl.keystore.password", "hunter2")))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("--kafka-property ssl.keystore.password holds a secret")
                .hasMessageEndingWith("as kafka.property.ssl.keystore.password")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void should_ask_for_the_brokers_when_none_is_given() {
        WorkerSettingsResolver resolver = new WorkerSettingsResolver(Map.of(), dir.resolve("none.properties"));

        assertThatThrownBy(() -> resolver.resolve(Map.of(), Map.of()))
                .hasMessageStartingWith("no Kafka brokers given: use --bootstrap-servers HOST:PORT");
    }
}

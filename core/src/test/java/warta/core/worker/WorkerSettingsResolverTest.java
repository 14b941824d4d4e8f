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

    @Test
    void should_serve_no_metrics_unless_a_port_is_given_anywhere() {
        WorkerSettingsResolver resolver = new WorkerSettingsResolver(Map.of(), dir.resolve("none.properties"));

        assertThat(resolver.metrics(null, null)).isEmpty();
        assertThat(resolver.metrics(9400, null)).contains(new MetricsAddress("127.0.0.1", 9400));
    }

    @Test
    void should_take_the_metrics_port_and_host_from_flags_then_environment_then_config_file() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), """
                worker.metrics-port=9402
                worker.metrics-host=0.0.0.0
                """);
        Map<String, String> env = Map.of("WARTA_WORKER_METRICS_PORT", "9401");

        assertThat(new WorkerSettingsResolver(env, file).metrics(9400, "::1"))
                .contains(new MetricsAddress("::1", 9400));
        assertThat(new WorkerSettingsResolver(env, file).metrics(null, null))
                .contains(new MetricsAddress("0.0.0.0", 9401));
        assertThat(new WorkerSettingsResolver(Map.of(), file).metrics(null, null))
                .contains(new MetricsAddress("0.0.0.0", 9402));
    }

    @Test
    void should_refuse_a_metrics_port_that_is_not_one_and_say_where_it_came_from() throws IOException {
        Path file = Files.writeString(dir.resolve("config.properties"), "worker.metrics-port=abc\n");

        assertThatThrownBy(() -> new WorkerSettingsResolver(Map.of("WARTA_WORKER_METRICS_PORT", "70000"), file)
                        .metrics(null, null))
                .isInstanceOf(SettingException.class)
                .hasMessage("WARTA_WORKER_METRICS_PORT=70000 must be a port number from 0 to 65535");
        assertThatThrownBy(() -> new WorkerSettingsResolver(Map.of(), file).metrics(null, null))
                .hasMessage(file + ": worker.metrics-port=abc must be a port number from 0 to 65535");
        assertThatThrownBy(() -> new WorkerSettingsResolver(Map.of(), file).metrics(-1, null))
                .isInstanceOf(SettingException.class)
                .hasMessage("--metrics-port must be between 0 and 65535, not -1")
                .matches(e -> ((SettingException) e).fromFlag());
    }
}

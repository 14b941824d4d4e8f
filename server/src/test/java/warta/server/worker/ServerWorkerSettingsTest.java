package warta.server.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import warta.server.WartaServerConfig;

class ServerWorkerSettingsTest {

    private record Worker(Optional<String> bootstrapServers, OptionalInt concurrency, int attempts, String resultsTopic)
            implements WartaServerConfig.Worker {

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String groupId() {
            return "warta";
        }

        @Override
        public String articlesTopic() {
            return "warta.articles";
        }

        @Override
        public String failedTopic() {
            return "warta.failed";
        }

        @Override
        public Duration grace() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Map<String, String> kafka() {
            return Map.of("security.protocol", "SASL_SSL");
        }
    }

    @Test
    void should_take_the_models_concurrency_unless_the_worker_has_its_own() {
        Worker config = new Worker(Optional.of("k:9092"), OptionalInt.empty(), 3, "warta.results");

        assertThat(ServerWorker.settings(config, 6).concurrency()).isEqualTo(6);
        assertThat(ServerWorker.settings(config, 6).properties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(ServerWorker.settings(new Worker(Optional.of("k:9092"), OptionalInt.of(2), 3, "warta.results"), 6)
                        .concurrency())
                .isEqualTo(2);
    }

    @Test
    void should_name_the_property_an_operator_writes_when_a_setting_is_refused() {
        assertThatThrownBy(() ->
                        ServerWorker.settings(new Worker(Optional.empty(), OptionalInt.empty(), 3, "warta.results"), 4))
                .hasMessage("warta.worker.enabled=true needs warta.worker.bootstrap-servers (HOST:PORT,...)");
        assertThatThrownBy(() -> ServerWorker.settings(
                        new Worker(Optional.of("k:9092"), OptionalInt.of(0), 3, "warta.results"), 4))
                .hasMessage("warta.worker.concurrency must be at least 1, not 0");
        assertThatThrownBy(() -> ServerWorker.settings(
                        new Worker(Optional.of("k:9092"), OptionalInt.empty(), 0, "warta.results"), 4))
                .hasMessage("warta.worker.attempts must be at least 1, not 0");
        assertThatThrownBy(() -> ServerWorker.settings(
                        new Worker(Optional.of("k:9092"), OptionalInt.empty(), 3, "warta.articles"), 4))
                .hasMessageStartingWith("warta.worker.articles-topic must differ");
    }
}

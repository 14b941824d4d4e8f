package warta.bench.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void should_read_every_option_into_the_settings() {
        SimulatedModelServer.Builder builder = ServerOptions.parse(new String[] {
            "--port",
            "0",
            "--latency",
            "200",
            "--per-token",
            "0.5",
            "--cap",
            "4",
            "--retry-after",
            "2",
            "--rate-429",
            "0.1",
            "--rate-500",
            "0.05",
            "--rate-hang",
            "0.01",
            "--rate-truncated",
            "0.02",
            "--hang-for",
            "3000",
            "--seed",
            "9"
        });

        try (SimulatedModelServer server = builder.start()) {
            assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        }
    }

    @Test
    void should_name_an_unknown_option_a_missing_value_and_a_bad_number() {
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--latnecy", "5"}))
                .hasMessageContaining("--latnecy");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--cap"}))
                .hasMessageContaining("--cap needs a value");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--seed", "x"}))
                .hasMessageContaining("--seed");
    }

    @Test
    void should_read_the_llama_server_mode() {
        try (SimulatedModelServer server = ServerOptions.parse(new String[] {"--llama-ctx", "2048", "--slots", "3"})
                .start()) {
            assertThat(server.contextStats().contextPerSlot()).isEqualTo(2048);
            assertThat(server.contextStats().slots()).isEqualTo(3);
        }
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--slots", "3"}))
                .hasMessageContaining("--slots needs --llama-ctx");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--llama-ctx", "many"}))
                .hasMessageContaining("--llama-ctx");
    }
}

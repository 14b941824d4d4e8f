package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.testing.TestBroker;

class WorkerCommandTest {

    @TempDir
    Path dir;

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void should_list_the_topics_and_partitions_it_would_read_on_a_dry_run() {
        try (TestBroker broker = TestBroker.start(dir)) {
            broker.createTopics(2, "warta.articles");
            broker.createTopics(1, "warta.results", "warta.failed");

            CliRun run = CliRun.of("worker", "--bootstrap-servers", broker.bootstrapServers(), "--dry-run");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out())
                    .isEqualTo("reads    warta.articles as group warta: 2 partitions [0, 1]\n"
                            + "results  warta.results: 1 partition [0]\n"
                            + "failures warta.failed: 1 partition [0]\n");
        }
    }

    @Test
    void should_say_in_one_line_that_the_brokers_cannot_be_reached() throws IOException {
        int port = closedPort();
        FakeModel model = FakeModel.answering(request -> FakeEnglish.SUMMARY);

        CliRun run = CliRun.withModel(
                config -> model,
                "worker",
                "--bootstrap-servers",
                "127.0.0.1:" + port,
                "--kafka-property",
                "default.api.timeout.ms=1500",
                "--kafka-property",
                "request.timeout.ms=1000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("warta: cannot reach the Kafka brokers at 127.0.0.1:" + port + ": no answer in time");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_refuse_a_secret_given_as_a_flag() {
        CliRun run = CliRun.of(
                "worker", "--bootstrap-servers", "k:9092", "--kafka-property", "sasl.jaas.config=x", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kafka-property sasl.jaas.config holds a secret");
    }

    @Test
    void should_ask_for_the_brokers() {
        CliRun run = CliRun.of("worker", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no Kafka brokers given: use --bootstrap-servers HOST:PORT");
    }

    @Test
    void should_refuse_a_metrics_port_out_of_range_as_a_usage_error() {
        CliRun run = CliRun.of("worker", "--bootstrap-servers", "k:9092", "--metrics-port", "70000", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--metrics-port must be between 0 and 65535, not 70000");
    }

    @Test
    void should_say_in_one_line_that_the_metrics_port_is_taken_before_joining_the_group() throws IOException {
        FakeModel model = FakeModel.answering(request -> FakeEnglish.SUMMARY);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.withModel(
                    config -> model,
                    "worker",
                    "--bootstrap-servers",
                    "127.0.0.1:" + closedPort(),
                    "--metrics-port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).startsWith("warta: cannot serve metrics on 127.0.0.1:" + taken.getLocalPort() + ": ");
            assertThat(model.requests()).isEmpty();
        }
    }

    @Test
    void should_say_that_the_metrics_port_is_taken_before_it_loads_the_model() throws IOException {
        AtomicInteger made = new AtomicInteger();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.withModel(
                    config -> {
                        made.incrementAndGet();
                        return FakeModel.answering(request -> FakeEnglish.SUMMARY);
                    },
                    "worker",
                    "--bootstrap-servers",
                    "127.0.0.1:" + closedPort(),
                    "--metrics-port",
                    String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("warta: cannot serve metrics on 127.0.0.1:");
            assertThat(made).as("the model is not loaded").hasValue(0);
        }
    }
}

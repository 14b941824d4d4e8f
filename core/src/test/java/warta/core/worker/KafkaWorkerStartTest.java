package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import warta.core.error.SettingNames;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

/** A worker's start-up without brokers: what ends it is kept, and a halt while it checks the topics is at once. */
class KafkaWorkerStartTest {

    private static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private static KafkaWorker worker(WorkerSettings settings, KafkaClients clients) {
        return new KafkaWorker(settings, new RecordHandler(null, null, CONFIG, Set.of(), SettingNames.FLAGS), clients);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void should_keep_an_error_that_ended_a_worker_started_in_the_background() throws Exception {
        WorkerSettings settings =
                WorkerSettings.builder("127.0.0.1:" + freePort()).build();
        KafkaWorker worker = worker(settings, new KafkaClients() {
            @Override
            public Consumer<String, String> consumer() {
                throw new AssertionError("not reached");
            }

            @Override
            public Producer<String, String> producer() {
                throw new AssertionError("not reached");
            }

            @Override
            public Admin admin() {
                throw new NoClassDefFoundError("org/example/Missing");
            }
        });

        Thread thread = worker.start();

        assertThat(worker.awaitStopped(Duration.ofSeconds(10))).isTrue();
        thread.join(10_000);
        assertThat(worker.failure()).get().isInstanceOf(NoClassDefFoundError.class);
        assertThat(worker.stopRequested()).isFalse();
    }

    @Test
    void should_word_a_kafka_setting_the_client_refuses() throws Exception {
        WorkerSettings settings = WorkerSettings.builder("127.0.0.1:" + freePort())
                .property("security.protocol", "NOPE")
                .build();
        KafkaWorker worker = worker(settings, KafkaClients.of(settings));

        assertThatThrownBy(worker::run)
                .isInstanceOf(BrokerException.class)
                .hasMessageStartingWith("cannot make a Kafka client for 127.0.0.1:")
                .hasMessageContaining("security.protocol");
        assertThat(worker.failure()).get().isInstanceOf(BrokerException.class);
    }

    @Test
    void should_halt_at_once_while_it_checks_the_topics_and_not_after_it_ended() throws Exception {
        // nothing listens there: the check would wait for the brokers for tens of seconds
        WorkerSettings settings =
                WorkerSettings.builder("127.0.0.1:" + freePort()).build();
        KafkaWorker worker = worker(settings, KafkaClients.of(settings));
        Thread thread = worker.start();
        Thread.sleep(500);

        long start = System.nanoTime();
        boolean halted = worker.halt();

        assertThat(halted).isTrue();
        assertThat(worker.awaitStopped(Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        thread.join(5_000);
        assertThat(worker.failure()).as("a halt is no failure").isEmpty();
        assertThat(thread.isInterrupted()).isFalse();
        assertThat(worker.halt()).as("once ended, a halt does nothing").isFalse();
    }
}

package warta.server.worker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import warta.core.testing.TestBroker;

/**
 * A single-node Kafka in the test's JVM for the server's worker ({@link TestBroker}), with the
 * topics {@code server.articles} (2 partitions), {@code server.results} and {@code server.failed};
 * the server is pointed at it with {@code warta.worker.*}.
 */
public class WorkerBroker implements QuarkusTestResourceLifecycleManager {

    static final String ARTICLES = "server.articles";
    static final String RESULTS = "server.results";
    static final String FAILED = "server.failed";

    private TestBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            broker = TestBroker.start(Files.createTempDirectory("warta-server-broker"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.createTopics(2, ARTICLES);
        broker.createTopics(1, RESULTS, FAILED);
        return Map.of(
                "warta.worker.enabled", "true",
                "warta.worker.bootstrap-servers", broker.bootstrapServers(),
                "warta.worker.group-id", "server-group",
                "warta.worker.articles-topic", ARTICLES,
                "warta.worker.results-topic", RESULTS,
                "warta.worker.failed-topic", FAILED,
                "warta.worker.concurrency", "2",
                "warta.worker.grace", "PT10S",
                "warta.worker.kafka.client.id", "warta-server-test",
                "warta.worker.kafka.max.poll.records", "3");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}

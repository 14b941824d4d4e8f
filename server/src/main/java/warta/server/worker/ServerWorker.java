package warta.server.worker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import warta.core.Warta;
import warta.core.worker.KafkaWorker;
import warta.core.worker.WorkerSettings;
import warta.server.WartaServerConfig;

/**
 * The server's Kafka worker ({@code warta.worker.enabled=true}): core's {@link KafkaWorker},
 * made from the server's one {@link Warta} with the {@code warta.worker.*} settings, started on
 * its own thread when the server has started and stopped gracefully when it shuts down (the
 * articles in flight finished within {@code warta.worker.grace}, what is left uncommitted for the
 * group). Off by default: then nothing of Kafka is made or started.
 */
@Singleton
public class ServerWorker {

    private static final Logger LOG = Logger.getLogger(ServerWorker.class);

    private final Optional<KafkaWorker> worker;
    private volatile boolean started;

    @Inject
    ServerWorker(WartaServerConfig config, Warta warta) {
        this(
                config.worker().enabled()
                        ? Optional.of(warta.worker(
                                settings(config.worker(), warta.config().concurrency())))
                        : Optional.empty());
    }

    ServerWorker(Optional<KafkaWorker> worker) {
        this.worker = worker;
    }

    /** The worker's settings from {@code warta.worker.*}; the concurrency is the model's unless set. */
    static WorkerSettings settings(WartaServerConfig.Worker config, int modelConcurrency) {
        String servers = config.bootstrapServers()
                .orElseThrow(() -> new IllegalStateException(
                        "warta.worker.enabled=true needs warta.worker.bootstrap-servers (HOST:PORT,...)"));
        int concurrency = config.concurrency().orElse(modelConcurrency);
        // named as an operator writes them, before core's checks name the CLI's flags
        require(concurrency >= 1, "warta.worker.concurrency must be at least 1, not " + concurrency);
        require(config.attempts() >= 1, "warta.worker.attempts must be at least 1, not " + config.attempts());
        require(!config.grace().isNegative(), "warta.worker.grace must not be negative");
        require(
                !config.articlesTopic().equals(config.resultsTopic())
                        && !config.articlesTopic().equals(config.failedTopic()),
                "warta.worker.articles-topic must differ from warta.worker.results-topic and"
                        + " warta.worker.failed-topic");
        WorkerSettings.Builder builder = WorkerSettings.builder(servers)
                .groupId(config.groupId())
                .topics(config.articlesTopic(), config.resultsTopic(), config.failedTopic())
                .concurrency(concurrency)
                .grace(config.grace())
                .attempts(config.attempts());
        config.kafka().forEach(builder::property);
        return builder.build();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /** The worker, when {@code warta.worker.enabled=true}. */
    public Optional<KafkaWorker> worker() {
        return worker;
    }

    void start(@Observes StartupEvent event) {
        worker.ifPresent(w -> {
            LOG.infof(
                    "Kafka worker: %s as group %s from %s",
                    w.settings().bootstrapServers(),
                    w.settings().groupId(),
                    w.settings().articlesTopic());
            w.start();
            started = true;
        });
    }

    /**
     * Stops the worker gracefully, waiting at most {@code warta.worker.grace} and 10 s more for
     * the last commit (then halts it); at once when it never started (a start-up that failed).
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (worker.isPresent() && started) {
            KafkaWorker w = worker.get();
            w.stop();
            if (!w.awaitStopped(w.settings().grace().plus(Duration.ofSeconds(10)))) {
                LOG.warn("the Kafka worker did not stop in time; its uncommitted records go to the group");
                w.halt();
            }
        }
    }
}

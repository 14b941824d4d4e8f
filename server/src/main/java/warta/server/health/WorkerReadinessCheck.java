package warta.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import warta.core.worker.KafkaWorker;
import warta.server.worker.ServerWorker;

/**
 * The Kafka worker's part of readiness: DOWN, with the reason, once the worker has stopped on an
 * error it does not come back from (brokers that could not be reached at start-up, a missing
 * topic, a refused client, a result the brokers would not take); UP while it runs (the Kafka
 * client reconnects by itself to brokers that go away later; the lag metrics show it) and when
 * the server runs no worker. Reads the worker's state only: no call to the brokers.
 */
@Readiness
@ApplicationScoped
public class WorkerReadinessCheck implements HealthCheck {

    static final String NAME = "kafka worker";

    private final ServerWorker server;

    WorkerReadinessCheck(ServerWorker server) {
        this.server = server;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (server.worker().isEmpty()) {
            return response.up().withData("enabled", false).build();
        }
        KafkaWorker worker = server.worker().get();
        response.withData("enabled", true)
                .withData("group", worker.settings().groupId())
                .withData("partitions", worker.stats().assignedPartitions());
        return worker.failure()
                .map(e -> response.down().withData("reason", e.getMessage()).build())
                .orElseGet(() -> response.up().build());
    }
}

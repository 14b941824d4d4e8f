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
 * topic, a refused client, a result the brokers would not take, or anything unexpected), or has
 * ended without being asked to stop; UP while it runs (the Kafka
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
        if (worker.failure().isPresent()) {
            Throwable failure = worker.failure().get();
            String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            return response.down().withData("reason", reason).build();
        }
        if (worker.ended() && !worker.stopRequested()) {
            return response.down()
                    .withData("reason", "the worker ended without a stop")
                    .build();
        }
        return response.up().build();
    }
}

package warta.server.worker;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** A server whose Kafka worker is pointed at a port where no broker listens, with short client timeouts. */
public class UnreachableBrokerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "warta.worker.enabled", "true",
                "warta.worker.bootstrap-servers", "127.0.0.1:" + closedPort(),
                "warta.worker.kafka.default.api.timeout.ms", "1500",
                "warta.worker.kafka.request.timeout.ms", "1000");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

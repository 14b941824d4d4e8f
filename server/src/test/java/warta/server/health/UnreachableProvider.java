package warta.server.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

/** The server with the provider check on and a model provider on a local port nobody listens on. */
public class UnreachableProvider implements QuarkusTestProfile {

    static final String API_KEY = "sk-never-shown-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.readiness.check-provider", "true");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Producer.class);
    }

    /** Replaces the server's model settings while this profile is active. */
    @Alternative
    public static class Producer {

        @Produces
        @Singleton
        ModelConfig unreachable() {
            return ModelConfig.builder()
                    .provider(Provider.OPENAI)
                    .model("gpt-test")
                    .baseUrl("http://127.0.0.1:" + closedPort() + "/v1")
                    .apiKey(API_KEY)
                    .timeout(Duration.ofSeconds(2))
                    .build();
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

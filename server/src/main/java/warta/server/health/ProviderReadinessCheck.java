package warta.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import warta.core.Warta;
import warta.core.model.ModelConfig;

/**
 * Ready when the model provider answers: {@link Warta#providerProblem} (a {@code GET /models} or
 * {@code /api/tags}, no tokens spent; for the embedded model, whether its file is in the cache:
 * readiness never starts a download), at most once every 30 seconds, so that frequent readiness
 * probes stay cheap. When the
 * provider cannot be used the check is DOWN with the reason, which never holds the API key.
 * {@code warta.readiness.check-provider=false} turns the probe off; the check then says so and
 * stays UP.
 */
@Readiness
@ApplicationScoped
public class ProviderReadinessCheck implements HealthCheck {

    static final String NAME = "model provider";

    private static final Logger LOG = Logger.getLogger(ProviderReadinessCheck.class);

    private final Warta warta;
    private final ModelConfig config;
    private final boolean enabled;

    ProviderReadinessCheck(Warta warta, ReadinessConfig settings) {
        this.warta = warta;
        this.config = warta.config();
        this.enabled = settings.checkProvider();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("provider", config.provider().id())
                .withData("model", config.model());
        if (!enabled) {
            return response.up().withData("checked", false).build();
        }
        return warta.providerProblem()
                .map(reason -> down(response, reason))
                .orElseGet(() -> response.up().withData("checked", true).build());
    }

    private HealthCheckResponse down(HealthCheckResponseBuilder response, String reason) {
        String safe = withoutKey(reason);
        LOG.debugf("the model provider is not ready: %s", safe);
        return response.down()
                .withData("checked", true)
                .withData("reason", safe)
                .build();
    }

    /** Model errors already leave the key out; this makes sure of it. */
    private String withoutKey(String reason) {
        return config.hasApiKey() ? reason.replace(config.apiKey(), "***") : reason;
    }
}

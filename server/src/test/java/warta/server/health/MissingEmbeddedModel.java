package warta.server.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import warta.core.model.ModelConfig;
import warta.core.model.ModelFiles;
import warta.core.model.Provider;
import warta.core.model.embedded.store.DownloadListener;

/** The server with the provider check on, the in-process model, and an empty model cache. */
public class MissingEmbeddedModel implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.readiness.check-provider", "true");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Producer.class);
    }

    /** Replaces the server's model settings and model cache while this profile is active. */
    @Alternative
    public static class Producer {

        @Produces
        @Singleton
        ModelConfig embedded() {
            return ModelConfig.builder().provider(Provider.EMBEDDED).build();
        }

        @Produces
        @Singleton
        ModelFiles emptyCache() {
            try {
                String dir = Files.createTempDirectory("warta-models").toString();
                return ModelFiles.of(Map.of("WARTA_MODELS_DIR", dir), false, DownloadListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

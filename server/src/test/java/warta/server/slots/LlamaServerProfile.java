package warta.server.slots;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import warta.core.model.ModelConfig;
import warta.core.model.ModelFactory;
import warta.core.model.Provider;
import warta.server.testing.LlamaStandIn;

/**
 * The server with its real model factory (the {@code openai} provider, no fake), talking to a
 * {@link LlamaStandIn} like {@code llama-server -c 8192 -np 2}: 4,096 tokens per slot, 2 slots. The
 * model settings set nothing, so what the stand-in says is used; the readiness check asks it.
 */
public class LlamaServerProfile implements QuarkusTestProfile {

    static final int CONTEXT = 4096;
    static final int SLOTS = 2;
    static final LlamaStandIn SERVER = LlamaStandIn.start(CONTEXT, SLOTS);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.readiness.check-provider", "true", "warta.jobs-dir", "target/batch-jobs-llama");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(Producer.class);
    }

    /** The stand-in's settings, and the real providers instead of the tests' fake model. */
    @Alternative
    public static class Producer {

        @Produces
        @Singleton
        ModelConfig standIn() {
            return ModelConfig.builder()
                    .provider(Provider.OPENAI)
                    .model("stand-in")
                    .baseUrl(SERVER.baseUrl())
                    .build();
        }

        @Produces
        @Singleton
        ModelFactory realModels() {
            return ModelFactory.standard();
        }
    }
}

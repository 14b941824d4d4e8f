package warta.server;

import dev.langchain4j.model.chat.ChatModel;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import warta.core.glossary.Glossary;
import warta.core.inspect.Inspector;
import warta.core.model.ChatModels;
import warta.core.model.ModelConfig;
import warta.core.model.ModelConfigResolver;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleReader;
import warta.core.read.ReadOptions;

/**
 * Makes the core objects the resources use. Core imports no framework, so its classes are not
 * beans themselves; they are immutable and thread-safe, so one of each serves every request.
 * {@code @Singleton} rather than {@code @ApplicationScoped}: core classes are final and need no
 * client proxy, and they are still made on first use, which keeps start-up quick.
 */
public class CoreProducers {

    /** The inspector for the configured default chunk budget. */
    @Produces
    @Singleton
    Inspector inspector(WartaServerConfig config) {
        if (config.chunkTokens() < WartaServerConfig.MIN_CHUNK_TOKENS) {
            throw new IllegalStateException("warta.chunk-tokens must be at least "
                    + WartaServerConfig.MIN_CHUNK_TOKENS + ", not " + config.chunkTokens());
        }
        return new Inspector(config.chunkTokens());
    }

    /**
     * The reader refuses what the HTTP layer would refuse: its limit is the body limit, so a
     * request that got through is never refused again for its size. Unless
     * {@code warta.allow-private-urls} is true, it does not fetch URLs that lead to loopback,
     * private, link-local or metadata addresses, so callers cannot use the server to reach them.
     */
    @Produces
    @Singleton
    ArticleReader articleReader(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            WartaServerConfig config) {
        return new ArticleReader(ReadOptions.defaults()
                .withMaxBytes(maxBodySize.asLongValue())
                .withPrivateAddressesAllowed(config.allowPrivateUrls()));
    }

    /**
     * The model settings, resolved as the CLI resolves them without options: environment
     * ({@code WARTA_PROVIDER}, {@code WARTA_MODEL}, {@code WARTA_BASE_URL}, {@code WARTA_API_KEY},
     * {@code OPENAI_API_KEY}, {@code OLLAMA_HOST}), then the config file, then defaults.
     */
    @Produces
    @Singleton
    ModelConfig modelConfig() {
        return ModelConfigResolver.fromSystem(Map.of());
    }

    /**
     * The chat model, with Warta's one retry layer, made on first use (see {@link LazyChatModel});
     * tests replace it with a fake.
     */
    @Produces
    @Singleton
    ChatModel chatModel(ModelConfig config) {
        return new LazyChatModel(() -> ChatModels.create(config));
    }

    @Produces
    @Singleton
    PromptLibrary prompts() {
        return PromptLibrary.builtIn();
    }

    @Produces
    @Singleton
    Glossary glossary() {
        return Glossary.builtIn();
    }

}

package warta.server.api;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.prompt.PromptLibrary;
import warta.core.process.ArticleProcessor;
import warta.server.WartaServerConfig;

/**
 * The article processors of the API, all on the server's one model wrapped in
 * {@link ModelMetrics}: a shared one with the built-in glossary, and a fresh one for a request
 * that brings glossary entries of its own (merged over the built-in ones, for that request only).
 * Thread-safe.
 */
@Singleton
public class Processors {

    private final ChatModel model;
    private final ModelConfig config;
    private final PromptLibrary prompts;
    private final Glossary glossary;
    private final int chunkTokens;
    private final ArticleProcessor standard;

    Processors(ChatModel model, ModelMetrics metrics, ModelConfig config, PromptLibrary prompts, Glossary glossary,
            WartaServerConfig server) {
        this.model = metrics.measure(model);
        this.config = config;
        this.prompts = prompts;
        this.glossary = glossary;
        this.chunkTokens = server.chunkTokens();
        this.standard = new ArticleProcessor(this.model, config, prompts, glossary, chunkTokens);
    }

    /** The processor with the built-in glossary. */
    public ArticleProcessor standard() {
        return standard;
    }

    /** The processor with {@code overrides} merged over the built-in glossary; null means none. */
    public ArticleProcessor with(Glossary overrides) {
        if (overrides == null || overrides.size() == 0) {
            return standard;
        }
        return new ArticleProcessor(model, config, prompts, glossary.with(overrides), chunkTokens);
    }
}

package warta.core.usage;

import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;

/**
 * How many of a request's input tokens the provider served from its prompt cache, read from the
 * token usage its answer carries: OpenAI's {@code prompt_tokens_details.cached_tokens} (and the
 * in-process engine, which reports the prefix llama.cpp reused the same way). 0 where the usage
 * says nothing about a cache, as Ollama's does not. Stateless.
 */
final class CachedTokens {

    private CachedTokens() {}

    /** The cached input tokens {@code usage} reports, at most its input tokens; 0 when it reports none. */
    static long of(TokenUsage usage) {
        if (usage instanceof OpenAiTokenUsage openAi
                && openAi.inputTokensDetails() != null
                && openAi.inputTokensDetails().cachedTokens() != null) {
            long cached = openAi.inputTokensDetails().cachedTokens();
            long input = usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            return Math.max(0, Math.min(cached, input));
        }
        return 0;
    }
}

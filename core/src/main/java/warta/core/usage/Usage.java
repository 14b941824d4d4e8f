package warta.core.usage;

import java.util.Objects;

/**
 * What one article cost: model requests and tokens, and the time the model work took.
 *
 * @param provider the provider id ("openai", "ollama", ...)
 * @param model the model name
 * @param promptVersion the version hash of the prompt templates used
 * @param requests the model requests sent, retries included
 * @param cachedRequests the requests answered from the response cache instead: sent to no model,
 *     not in {@code requests} nor in the token counts
 * @param inputTokens tokens sent to the model
 * @param cachedInputTokens of {@code inputTokens}, those the model did not have to read again: a
 *     prompt prefix it still held from an earlier request (llama.cpp's KV cache in-process, an
 *     API's prompt cache as {@code prompt_tokens_details.cached_tokens}); 0 where the provider does
 *     not say (Ollama, servers that omit it), so 0 means "none or unknown"
 * @param outputTokens tokens the model wrote
 * @param estimated true when the provider did not report counts for some request and Warta
 *     counted them itself (with its own tokenizer, so they are approximate)
 * @param durationMs wall time of the model work, in milliseconds
 */
public record Usage(
        String provider,
        String model,
        String promptVersion,
        int requests,
        int cachedRequests,
        long inputTokens,
        long cachedInputTokens,
        long outputTokens,
        boolean estimated,
        long durationMs) {

    public Usage {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(promptVersion, "promptVersion");
    }
}

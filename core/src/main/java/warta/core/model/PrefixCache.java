package warta.core.model;

import java.util.Objects;

/**
 * What a provider does with a prompt prefix it has already read, and so whether a request that
 * goes on from an earlier conversation (the summary of a one-chunk article after its translation)
 * costs less than a shorter request of its own. The one place Warta decides it per provider (see
 * {@code docs/providers.md}, "Prompt caching"):
 * <ul>
 *   <li>{@link #SLOT}: llama.cpp keeps a slot's KV cache between requests and skips any prefix it
 *       holds: the in-process engine, and an OpenAI-compatible server that answered as
 *       llama-server ({@link ServerLimits#llamaServer()});
 *   <li>{@link #HOSTED}: OpenAI's hosted API caches identical prefixes of at least {@value
 *       #HOSTED_MINIMUM} tokens (billed at a discount); a shorter prefix is read again in full;
 *   <li>{@link #NONE}: everything else (Ollama, vLLM, servers that said nothing): not known to
 *       keep a prefix, or not saying so, so the shorter request is cheaper.
 * </ul>
 * Immutable.
 */
public enum PrefixCache {
    /** Any prefix of a conversation in the slot is reused. */
    SLOT(0),
    /** Prefixes of at least {@value #HOSTED_MINIMUM} tokens are reused. */
    HOSTED(PrefixCache.HOSTED_MINIMUM),
    /** No prefix is known to be reused. */
    NONE(Integer.MAX_VALUE);

    /** The shortest prefix OpenAI caches, in tokens (its prompt-caching guide). */
    public static final int HOSTED_MINIMUM = 1024;

    private final int minimumTokens;

    PrefixCache(int minimumTokens) {
        this.minimumTokens = minimumTokens;
    }

    /** What the provider of {@code config} does, given what its server said ({@code limits}). */
    public static PrefixCache of(ModelConfig config, ServerLimits limits) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(limits, "limits");
        return switch (config.provider()) {
            case EMBEDDED -> SLOT;
            case OLLAMA -> NONE;
            case OPENAI -> ServerProbe.hosted(config) ? HOSTED : limits.llamaServer() ? SLOT : NONE;
        };
    }

    /** Whether a prefix of {@code tokens} tokens, read by an earlier request, is served from the cache. */
    public boolean serves(long tokens) {
        return this != NONE && tokens >= minimumTokens;
    }
}

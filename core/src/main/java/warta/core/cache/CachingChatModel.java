package warta.core.cache;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Optional;
import java.util.Set;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;
import warta.core.model.ModelConfig;

/** A model in front of a {@link ResponseCache}: see {@link ResponseCache#around}. Thread-safe when the delegate is. */
final class CachingChatModel implements ChatModel, TokenizingModel {

    private final ResponseCache cache;
    private final ChatModel delegate;
    private final ModelConfig config;
    private final boolean read;

    CachingChatModel(ResponseCache cache, ChatModel delegate, ModelConfig config, boolean read) {
        this.cache = cache;
        this.delegate = delegate;
        this.config = config;
        this.read = read;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        String key = CacheKey.of(config, request);
        Optional<ChatResponse> cached = read ? cache.get(key) : Optional.empty();
        if (cached.isPresent()) {
            return cached.get();
        }
        ChatResponse response = delegate.chat(request);
        cache.put(key, response);
        return response;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Optional<TokenCounter> tokenCounter() {
        return TokenizingModel.of(delegate);
    }
}

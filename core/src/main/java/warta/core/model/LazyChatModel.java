package warta.core.model;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;

/**
 * A chat model made on first use, so that the server starts whatever the provider's state: an
 * in-process model that is not downloaded yet, or a provider that is down, is reported by
 * readiness and by the requests that need it, not by a failed start. A failure to make the model
 * is thrown to that request and tried again by the next. Thread-safe.
 */
public final class LazyChatModel implements ChatModel, TokenizingModel {

    private final Supplier<ChatModel> factory;
    private volatile ChatModel model;

    public LazyChatModel(Supplier<ChatModel> factory) {
        this.factory = factory;
    }

    /**
     * Makes the model now, when it is not made yet, so that a model that cannot be made (a file
     * that is missing offline, an unknown model name) fails before any work starts.
     */
    public void load() {
        model();
    }

    private ChatModel model() {
        ChatModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    model = factory.get();
                }
                current = model;
            }
        }
        return current;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return model().chat(request);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return doChat(request);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model().supportedCapabilities();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model().defaultRequestParameters();
    }

    @Override
    public Optional<TokenCounter> tokenCounter() {
        return TokenizingModel.of(model());
    }
}

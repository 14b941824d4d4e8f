package warta.core.usage;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import warta.core.error.ModelException;

/**
 * A {@link ChatModel} that reports the kind of every {@link ModelException} its delegate throws,
 * and rethrows it. Thread-safe when the delegate and the consumer are.
 */
final class FailureCountingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final Consumer<ModelException.Kind> failures;

    FailureCountingChatModel(ChatModel delegate, Consumer<ModelException.Kind> failures) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        try {
            return delegate.chat(request);
        } catch (ModelException e) {
            failures.accept(e.kind());
            throw e;
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}

package warta.core.usage;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;
import warta.core.error.ModelException;

/**
 * A {@link ChatModel} that records every answered request in a {@link UsageMeter}: the
 * provider's token counts when it reports them, else Warta's own estimate (and the usage is then
 * marked estimated). Requests that fail are not counted: they cost nothing the provider bills;
 * answers served from the response cache are counted apart ({@link Usage#cachedRequests()}). A failure's kind may be reported instead
 * (for metrics), and the failure rethrown.
 * Thread-safe when the delegate is.
 */
public final class MeteredChatModel implements ChatModel, TokenizingModel {

    private final ChatModel delegate;
    private final UsageMeter meter;
    private final TokenCounter counter;
    private final Consumer<ModelException.Kind> failures;

    public MeteredChatModel(ChatModel delegate, UsageMeter meter, TokenCounter counter) {
        this(delegate, meter, counter, kind -> {});
    }

    /** @param failures told the kind of every {@link ModelException} the delegate throws */
    MeteredChatModel(
            ChatModel delegate, UsageMeter meter, TokenCounter counter, Consumer<ModelException.Kind> failures) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.meter = Objects.requireNonNull(meter, "meter");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (ModelException e) {
            failures.accept(e.kind());
            throw e;
        }
        if (UsageMeter.CACHED_RESPONSE_ID.equals(response.id())) {
            meter.recordCached();
            return response;
        }
        TokenUsage usage = response.tokenUsage();
        boolean reported = usage != null && usage.inputTokenCount() != null && usage.outputTokenCount() != null;
        long input = reported ? usage.inputTokenCount() : estimateInput(request);
        long output = reported ? usage.outputTokenCount() : estimateOutput(response);
        meter.record(input, reported ? CachedTokens.of(usage) : 0, output, !reported);
        return response;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    private long estimateInput(ChatRequest request) {
        long tokens = 0;
        for (ChatMessage message : request.messages()) {
            tokens += counter.count(Messages.text(message)) + 4;
        }
        return tokens;
    }

    private long estimateOutput(ChatResponse response) {
        AiMessage message = response.aiMessage();
        return message == null || message.text() == null ? 0 : counter.count(message.text());
    }

    @Override
    public Optional<TokenCounter> tokenCounter() {
        return TokenizingModel.of(delegate);
    }
}

package warta.core.process;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Objects;
import java.util.Set;
import warta.core.chunk.TokenCounter;
import warta.core.error.ModelException;
import warta.core.model.ServerLimits;
import warta.core.usage.Messages;

/**
 * The last check before a request goes to a server whose context is known: its prompt, counted
 * the server's way ({@link ServerLimits#counter}), plus the answer it may have ({@code max_tokens})
 * must fit the context of one request. A request that does not is not sent: servers such as
 * llama-server would cut the prompt silently (the system prompt first) or shift the context
 * mid-answer. The budgets normally keep requests well inside; this makes sure. Thread-safe when
 * the model and the counter are.
 */
public final class ContextGuard implements ChatModel {

    /** Tokens a chat template adds per message (role markers, separators); ChatML adds 4 or 5. */
    static final int PER_MESSAGE = 8;

    private final ChatModel delegate;
    private final ServerLimits limits;
    private final TokenCounter counter;
    private final int defaultAnswerTokens;

    /**
     * @param delegate the model the requests that fit go to
     * @param limits what the server said of its context (must know it)
     * @param counter counts the server's way
     * @param defaultAnswerTokens the answer a request that sets no {@code max_tokens} may have
     */
    public ContextGuard(ChatModel delegate, ServerLimits limits, TokenCounter counter, int defaultAnswerTokens) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.defaultAnswerTokens = defaultAnswerTokens;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        int prompt = 0;
        for (ChatMessage message : request.messages()) {
            prompt += counter.count(Messages.text(message)) + PER_MESSAGE;
        }
        Integer asked =
                request.parameters() == null ? null : request.parameters().maxOutputTokens();
        int answer = asked == null ? defaultAnswerTokens : asked;
        if (prompt + answer > limits.contextTokens()) {
            int promptTokens = prompt;
            throw new ModelException(
                    ModelException.Kind.CONTEXT_LENGTH,
                    names -> "not sent: the request would not fit the server's context (" + promptTokens
                            + " prompt tokens + " + answer + " for the answer > " + limits.contextTokens()
                            + " tokens per request, " + limits.source() + "); lower " + names.name("chunk-tokens")
                            + " or " + names.name("max-output-tokens"),
                    null);
        }
        return delegate.chat(request);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }
}

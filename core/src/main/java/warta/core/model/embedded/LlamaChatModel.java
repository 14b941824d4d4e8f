package warta.core.model.embedded;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/**
 * A GGUF model run in this process by llama.cpp (java-llama.cpp 4.2.0), as a LangChain4j chat
 * model, blocking or streaming.
 *
 * <p>The prompt is made by the chat template stored in the GGUF file ({@code tokenizer.chat_template},
 * rendered by llama.cpp's Jinja engine) from the request's system, user and assistant messages
 * (several system messages are joined). Generation stops at the model's end-of-turn token or after
 * the request's {@code maxOutputTokens} (else the settings'), whichever comes first, and never runs
 * past the context. With temperature 0 (the default) and the fixed seed, the same request gives
 * the same answer. A prompt prefix that a slot still holds from an earlier request is not evaluated
 * again (llama.cpp's prompt cache). Usage reports the prompt's tokens, of them those reused from the
 * cache (as {@link OpenAiTokenUsage}'s cached tokens), and the tokens generated (an end-of-turn
 * token included; a token that ends inside a UTF-8 character is counted with the next).
 *
 * <p>Thread-safe. All instances opened on the same file with equal settings share one loaded model
 * (loaded on the first {@link #open}); it serves one request at a time, in arrival order, so memory
 * stays that of one request however many callers wait. The model stays loaded until the JVM exits:
 * the library cannot free it ({@code LlamaModel.close()} stops its thread but keeps the memory), so
 * closing and loading again would only add a copy. {@link #close()} therefore only retires this
 * handle. A JVM whose {@code main} returns still exits promptly (see {@code docs/embedded.md}).
 *
 * <p>Errors: a missing or unreadable file is {@link Kind#BAD_REQUEST}; a file that is not GGUF, or
 * one llama.cpp cannot load, {@link Kind#UNSUPPORTED}; a prompt that leaves no room in the context
 * {@link Kind#CONTEXT_LENGTH}; a request with tools or images {@link Kind#UNSUPPORTED}.
 *
 * <p>JSON: a request whose response format is JSON (with a schema or without) is answered under
 * llama.cpp's grammar for that schema ({@link JsonGrammar}, which bounds texts and lists), so the
 * answer is JSON of that shape unless it reaches the token limit first.
 */
public final class LlamaChatModel implements ChatModel, StreamingChatModel, TokenizingModel, AutoCloseable {

    private final LlamaEngine engine;
    private volatile boolean closed;

    private LlamaChatModel(LlamaEngine engine) {
        this.engine = engine;
    }

    /**
     * A chat model on {@code gguf}; loads it unless a model with equal settings is loaded already.
     *
     * @throws ModelException BAD_REQUEST for a missing file, UNSUPPORTED for one that is not a model
     */
    public static LlamaChatModel open(Path gguf, EmbeddedSettings settings) {
        Objects.requireNonNull(gguf, "gguf");
        Objects.requireNonNull(settings, "settings");
        return new LlamaChatModel(EngineRegistry.engine(gguf, settings));
    }

    /** The model file. */
    public Path file() {
        return engine.file();
    }

    /** The settings it was loaded with. */
    public EmbeddedSettings settings() {
        return engine.settings();
    }

    /** The prompt text the model's chat template makes of {@code request}'s messages. */
    public String prompt(ChatRequest request) {
        Messages messages = Messages.from(request.messages());
        return engine.prompt(messages.system(), messages.turns());
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return answer(request, piece -> {});
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatResponse response;
        try {
            response = answer(request, handler::onPartialResponse);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        handler.onCompleteResponse(response);
    }

    private ChatResponse answer(ChatRequest request, Consumer<String> pieces) {
        if (closed) {
            throw new IllegalStateException("this model handle is closed: " + engine.file());
        }
        ChatRequestParameters parameters = request.parameters();
        int maxOutput = parameters.maxOutputTokens() != null
                ? parameters.maxOutputTokens()
                : engine.settings().maxOutputTokens();
        double temperature = parameters.temperature() != null
                ? parameters.temperature()
                : engine.settings().temperature();
        LlamaEngine.Generation generation =
                engine.generate(prompt(request), maxOutput, temperature, grammar(request), pieces);
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(generation.text()))
                .tokenUsage(usage(generation))
                .finishReason(generation.hitLimit() ? FinishReason.LENGTH : FinishReason.STOP)
                .modelName(engine.file().getFileName().toString())
                .build();
    }

    /** The grammar that holds the answer to the request's JSON response format; null without one. */
    private String grammar(ChatRequest request) {
        return engine.grammar(JsonGrammar.schema(request.responseFormat()));
    }

    /**
     * The token usage, with the prompt tokens llama.cpp reused from its cache as OpenAI reports
     * them ({@code prompt_tokens_details.cached_tokens}), so that usage reads them the same way.
     */
    private static TokenUsage usage(LlamaEngine.Generation generation) {
        return OpenAiTokenUsage.builder()
                .inputTokenCount(generation.promptTokens())
                .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder()
                        .cachedTokens(generation.cachedTokens())
                        .build())
                .outputTokenCount(generation.outputTokens())
                .totalTokenCount(generation.promptTokens() + generation.outputTokens())
                .build();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return DefaultChatRequestParameters.builder()
                .modelName(engine.file().getFileName().toString())
                .temperature(engine.settings().temperature())
                .maxOutputTokens(engine.settings().maxOutputTokens())
                .build();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return List.of();
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /** Counts text in the model's own tokens, so that budgets are exact (cached per text; thread-safe). */
    @Override
    public Optional<TokenCounter> tokenCounter() {
        return Optional.of(engine.counter());
    }

    /** Retires this handle; the shared model stays loaded (see the class comment). */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "LlamaChatModel[" + engine.file() + ", " + engine.settings() + "]";
    }

    /** The request's messages as the library takes them: one system text, then user/assistant turns. */
    private record Messages(String system, List<de.kherud.llama.Pair<String, String>> turns) {

        static Messages from(List<ChatMessage> messages) {
            StringBuilder system = new StringBuilder();
            List<de.kherud.llama.Pair<String, String>> turns = new java.util.ArrayList<>();
            for (ChatMessage message : messages) {
                switch (message) {
                    case SystemMessage s ->
                        system.append(system.isEmpty() ? "" : "\n\n").append(s.text());
                    case UserMessage u
                    when u.hasSingleText() -> turns.add(new de.kherud.llama.Pair<>("user", u.singleText()));
                    case AiMessage a
                    when !a.hasToolExecutionRequests() && a.text() != null ->
                        turns.add(new de.kherud.llama.Pair<>("assistant", a.text()));
                    default ->
                        throw new ModelException(
                                Kind.UNSUPPORTED,
                                "the embedded engine takes only text " + "system, user and assistant messages, not "
                                        + message.type());
                }
            }
            return new Messages(system.toString(), turns);
        }
    }
}

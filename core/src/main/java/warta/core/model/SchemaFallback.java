package warta.core.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;
import warta.core.error.ModelException;

/**
 * Structured output where the server takes it, and a clean way out where it does not. A request
 * with a JSON-schema response format is sent as it is; when the server answers HTTP 400 (or 422)
 * saying it does not take that response format ({@code response_format}, {@code json_schema},
 * Ollama's "invalid format"), the same request is sent once more without the schema, and from
 * then on every request goes without one and {@link ChatModel#supportedCapabilities()} no longer
 * lists {@link Capability#RESPONSE_FORMAT_JSON_SCHEMA} (so the summarizer stops asking, and the
 * response cache keys the answers as asked). That is remembered for the life of this object: one
 * per engine ({@code Warta}), shared by all the models it makes, and logged once at WARN.
 *
 * <p>Goes around the provider's client, inside the retry layer, so the rejected attempt is no
 * failure to anyone above: the retries, the limiter and the statistics see only the answer. A
 * 400 about anything else (an exceeded context, an unknown model) is thrown as it came.
 * Thread-safe.
 */
public final class SchemaFallback {

    private static final Logger log = LoggerFactory.getLogger(SchemaFallback.class);
    private static final Pattern REJECTS_SCHEMA = Pattern.compile(
            "response_format|response format|json_schema|json schema|invalid format|unsupported format",
            Pattern.CASE_INSENSITIVE);

    private final AtomicBoolean rejected = new AtomicBoolean();

    /** Whether a server has refused a JSON-schema response format, so none is sent any more. */
    public boolean rejected() {
        return rejected.get();
    }

    /** {@code provider}'s client, sending a JSON schema until its server refuses one. */
    public ChatModel around(ChatModel provider, ModelConfig config) {
        return new Wrapped(provider, config);
    }

    /** The wrapper; a {@link TokenizingModel} when the provider counts in its own tokens. */
    private final class Wrapped implements ChatModel, TokenizingModel {

        private final ChatModel provider;
        private final ModelConfig config;

        Wrapped(ChatModel provider, ModelConfig config) {
            this.provider = provider;
            this.config = config;
        }

        @Override
        public Optional<TokenCounter> tokenCounter() {
            return TokenizingModel.of(provider);
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return chat(request);
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            if (!hasSchema(request)) {
                return provider.chat(request);
            }
            if (rejected.get()) {
                return provider.chat(withoutSchema(request));
            }
            try {
                return provider.chat(request);
            } catch (RuntimeException e) {
                if (!rejectsSchema(e, config)) {
                    throw e;
                }
                if (rejected.compareAndSet(false, true)) {
                    log.warn(
                            "{} does not take a JSON schema response format ({}); asking without one from now on",
                            config.baseUrl(),
                            refusal(e, config));
                }
                return provider.chat(withoutSchema(request));
            }
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            Set<Capability> capabilities = provider.supportedCapabilities();
            if (!rejected.get() || !capabilities.contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA)) {
                return capabilities;
            }
            Set<Capability> fewer =
                    capabilities.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(capabilities);
            fewer.remove(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
            return fewer;
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return provider.defaultRequestParameters();
        }
    }

    private static boolean hasSchema(ChatRequest request) {
        ResponseFormat format =
                request.parameters() == null ? null : request.parameters().responseFormat();
        return format != null && format.jsonSchema() != null;
    }

    /**
     * Whether {@code error} is the server refusing the response format: an HTTP 400 or 422 whose
     * body names it, and that is not about the context or the model.
     */
    static boolean rejectsSchema(Throwable error, ModelConfig config) {
        HttpException http = ModelErrors.find(error, HttpException.class);
        if (http == null || (http.statusCode() != 400 && http.statusCode() != 422)) {
            return false;
        }
        String body = http.getMessage() == null ? "" : http.getMessage().toLowerCase(Locale.ROOT);
        return REJECTS_SCHEMA.matcher(body).find()
                && ModelErrors.of(error, config).kind() == ModelException.Kind.BAD_REQUEST;
    }

    /** The refusal on one line: {@code HTTP 400: the server's message}, the API key cut out. */
    private static String refusal(Throwable error, ModelConfig config) {
        HttpException http = ModelErrors.find(error, HttpException.class);
        return ModelErrors.redact(
                "HTTP " + http.statusCode() + ": " + HttpErrors.detail(http.getMessage()), config.apiKey());
    }

    private static ChatRequest withoutSchema(ChatRequest request) {
        ChatRequestParameters parameters = DefaultChatRequestParameters.builder()
                .overrideWith(request.parameters())
                .responseFormat((ResponseFormat) null)
                .build();
        return ChatRequest.builder()
                .messages(request.messages())
                .parameters(parameters)
                .build();
    }
}

package warta.core.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;
import warta.core.model.embedded.EmbeddedSettings;
import warta.core.model.embedded.LlamaChatModel;
import warta.core.model.internal.RetryAfterHttpClientBuilder;

/**
 * Builds chat models from a {@link ModelConfig}. Each model is wrapped in a
 * {@link RetryingChatModel}, the only retry layer: LangChain4j's own retries are switched off,
 * as is its request and response logging (which would show the API key's header and the
 * article). Building does no I/O; the first request is the first contact with the provider.
 */
public final class ChatModels {

    private ChatModels() {}

    /**
     * The chat model {@code config} describes, retried with {@link RetryPolicy#from(ModelConfig)};
     * an embedded model's file is found with {@link ModelFiles#fromSystem()}.
     */
    public static ChatModel create(ModelConfig config) {
        return create(config, RetryPolicy.from(config));
    }

    /** The chat model {@code config} describes, retried with {@code policy}. */
    public static ChatModel create(ModelConfig config, RetryPolicy policy) {
        SchemaFallback fallback = new SchemaFallback();
        return create(config, policy, raw -> fallback.around(raw, config));
    }

    /**
     * The chat model {@code config} describes, with {@code inner} wrapped around the provider's
     * client inside the retry layer, so that it sees every attempt (a batch's rate limiter slows
     * down on each 429), and retried with {@code policy}. A {@link SchemaFallback} is the
     * caller's to put into {@code inner}: an engine shares one among all its models.
     */
    public static ChatModel create(ModelConfig config, RetryPolicy policy, UnaryOperator<ChatModel> inner) {
        return create(config, policy, inner, ModelFiles.fromSystem());
    }

    /**
     * As {@link #create(ModelConfig, RetryPolicy, UnaryOperator)}, with the embedded model's file
     * found by {@code files} (the CLI's honours {@code --offline} and shows the download).
     */
    public static ChatModel create(
            ModelConfig config, RetryPolicy policy, UnaryOperator<ChatModel> inner, ModelFiles files) {
        ChatModel model = switch (config.provider()) {
            case OPENAI -> openAi(config);
            case OLLAMA -> ollama(config);
            case EMBEDDED -> embedded(config, files);
        };
        return new RetryingChatModel(inner.apply(model), config, policy);
    }

    /** The in-process llama.cpp model: one per file and settings per process, requests queued. */
    private static ChatModel embedded(ModelConfig config, ModelFiles files) {
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(config.contextTokens())
                .maxOutputTokens(config.maxOutputTokens())
                .temperature(config.temperature())
                .nativeDir(files.nativeDir())
                .slots(config.concurrency())
                .build();
        return LlamaChatModel.open(files.locate(config.model()), settings);
    }

    /**
     * OpenAI's API, or any server that speaks it. Without an API key no Authorization header is
     * sent, which local servers accept. Only OpenAI itself gets {@code max_completion_tokens}
     * (its newer models refuse {@code max_tokens}); other servers get the widely supported
     * {@code max_tokens}. A request with a JSON schema is sent with {@code response_format}
     * {@code {"type": "json_schema", "json_schema": {"name", "strict": true, "schema"}}}.
     */
    private static ChatModel openAi(ModelConfig config) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(new RetryAfterHttpClientBuilder())
                .baseUrl(config.baseUrl())
                .apiKey(config.hasApiKey() ? config.apiKey() : null)
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .supportedCapabilities(config.provider().capabilities())
                .strictJsonSchema(true);
        if (isOpenAi(config.baseUrl())) {
            builder.maxCompletionTokens(config.maxOutputTokens());
        } else {
            builder.maxTokens(config.maxOutputTokens());
        }
        return builder.build();
    }

    /**
     * Ollama's native API, with {@code num_ctx} set to the configured context so that Ollama does
     * not silently cut a long prompt to its own default window. An API key, if set, is sent as a
     * bearer token for an Ollama behind an authenticating proxy. A request with a JSON schema is
     * sent with the schema as {@code format}.
     */
    private static ChatModel ollama(ModelConfig config) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .httpClientBuilder(new RetryAfterHttpClientBuilder())
                .baseUrl(config.baseUrl())
                .modelName(config.model())
                .temperature(config.temperature())
                .timeout(config.timeout())
                .numCtx(config.contextTokens())
                .numPredict(config.maxOutputTokens())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .supportedCapabilities(config.provider().capabilities());
        if (config.hasApiKey()) {
            builder.customHeaders(Map.of("Authorization", "Bearer " + config.apiKey()));
        }
        return builder.build();
    }

    private static boolean isOpenAi(String baseUrl) {
        String host = URI.create(baseUrl.strip()).getHost();
        return host != null && (host.equals("api.openai.com") || host.endsWith(".openai.com"));
    }
}

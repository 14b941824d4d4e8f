package warta.core.model;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to talk to one chat model. Immutable; {@link #toString()} never shows the
 * API key. Build one with {@link #builder()}, which fills the defaults below, or resolve one from
 * flags, environment and config file with {@link ModelConfigResolver}.
 *
 * <p>Defaults: provider {@code embedded} (in-process, model {@value #EMBEDDED_MODEL} from the
 * catalogue); model {@value #OLLAMA_MODEL} at {@value #OLLAMA_URL} for Ollama,
 * {@value #OPENAI_MODEL} at {@value #OPENAI_URL} for OpenAI; temperature 0; timeout 120 s per
 * request; 4 retries (so at most 5 attempts); 10 minutes per article; 8192 context tokens; 2048
 * output tokens; concurrency 1 for the embedded model (one instance, requests queued), 2 for Ollama (one local
 * GPU) and 4 otherwise.
 *
 * @param provider        which API to speak
 * @param model           the model name the provider knows, e.g. {@code qwen2.5:7b-instruct}; for the
 *                        embedded provider a catalogue name or the path of a {@code .gguf} file
 * @param baseUrl         the provider's URL; for OpenAI-compatible servers it ends before
 *                        {@code /chat/completions}; null only for {@link Provider#EMBEDDED}
 * @param apiKey          the secret sent as a bearer token, or null for none
 * @param timeout         how long one request may take, connecting included
 * @param maxRetries      retries after a retriable failure other than a rate limit; attempts are
 *                        {@code 1 + maxRetries} plus those that were rate limited
 * @param articleTimeBudget how long the retry layer may keep trying one article's requests: no wait
 *                        (for a rate limit or before a retry) is begun that would end after it
 * @param temperature     sampling temperature, 0 to 2
 * @param contextTokens   the context window to ask for (Ollama's {@code num_ctx})
 * @param maxOutputTokens the most tokens one answer may have; less than {@code contextTokens}
 * @param concurrency     how many requests may be in flight at once
 */
public record ModelConfig(
        Provider provider,
        String model,
        String baseUrl,
        String apiKey,
        Duration timeout,
        int maxRetries,
        Duration articleTimeBudget,
        double temperature,
        int contextTokens,
        int maxOutputTokens,
        int concurrency) {

    public static final String EMBEDDED_MODEL = "qwen2.5-1.5b-instruct";
    public static final String OLLAMA_MODEL = "qwen2.5:7b-instruct";
    public static final String OLLAMA_URL = "http://127.0.0.1:11434";
    public static final String OPENAI_MODEL = "gpt-4o-mini";
    public static final String OPENAI_URL = "https://api.openai.com/v1";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_RETRIES = 4;
    public static final Duration DEFAULT_ARTICLE_TIME_BUDGET = Duration.ofMinutes(10);
    public static final int DEFAULT_CONTEXT_TOKENS = 8192;
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 2048;

    /**
     * @throws IllegalArgumentException naming the first value that is missing or out of range by its
     *     setting's key ({@code max-output-tokens}), as flags and the config file name it
     */
    public ModelConfig {
        Objects.requireNonNull(provider, "provider");
        require(model != null && !model.isBlank(), "model must not be blank");
        if (provider != Provider.EMBEDDED || baseUrl != null) {
            requireHttpUrl(baseUrl);
        }
        Objects.requireNonNull(timeout, "timeout");
        require(timeout.isPositive(), "timeout must be positive, was " + timeout);
        require(maxRetries >= 0, "retries must be 0 or more, was " + maxRetries);
        Objects.requireNonNull(articleTimeBudget, "articleTimeBudget");
        require(articleTimeBudget.isPositive(), "article-time-budget must be positive, was " + articleTimeBudget);
        require(temperature >= 0 && temperature <= 2, "temperature must be between 0 and 2, was " + temperature);
        require(contextTokens > 0, "context-tokens must be positive, was " + contextTokens);
        require(maxOutputTokens > 0, "max-output-tokens must be positive, was " + maxOutputTokens);
        require(
                maxOutputTokens < contextTokens,
                "max-output-tokens (" + maxOutputTokens + ") must be less than context-tokens (" + contextTokens + ")");
        require(concurrency > 0, "concurrency must be positive, was " + concurrency);
    }

    /** A builder holding the defaults; provider-dependent ones are chosen when it builds. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder()
                .provider(provider)
                .model(model)
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .timeout(timeout)
                .maxRetries(maxRetries)
                .articleTimeBudget(articleTimeBudget)
                .temperature(temperature)
                .contextTokens(contextTokens)
                .maxOutputTokens(maxOutputTokens)
                .concurrency(concurrency);
    }

    /** The model name used when none is configured. */
    public static String defaultModel(Provider provider) {
        return switch (provider) {
            case OPENAI -> OPENAI_MODEL;
            case OLLAMA -> OLLAMA_MODEL;
            case EMBEDDED -> EMBEDDED_MODEL;
        };
    }

    /** The base URL used when none is configured; null for {@link Provider#EMBEDDED}. */
    public static String defaultBaseUrl(Provider provider) {
        return switch (provider) {
            case OPENAI -> OPENAI_URL;
            case OLLAMA -> OLLAMA_URL;
            case EMBEDDED -> null;
        };
    }

    /** The concurrency used when none is configured: local models serve few requests at once. */
    public static int defaultConcurrency(Provider provider) {
        return switch (provider) {
            case OPENAI -> 4;
            case OLLAMA -> 2;
            case EMBEDDED -> 1;
        };
    }

    /** Whether an API key is set; the only thing about the key that may be shown. */
    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "ModelConfig[provider=" + provider + ", model=" + model + ", baseUrl=" + baseUrl
                + ", apiKey=" + (hasApiKey() ? "***" : "(none)") + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", articleTimeBudget=" + articleTimeBudget
                + ", temperature=" + temperature
                + ", contextTokens=" + contextTokens + ", maxOutputTokens=" + maxOutputTokens
                + ", concurrency=" + concurrency + "]";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void requireHttpUrl(String baseUrl) {
        require(baseUrl != null && !baseUrl.isBlank(), "base-url must not be blank");
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base-url is not a URL: " + baseUrl);
        }
        require(
                ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null,
                "base-url must be an http or https URL with a host, was " + baseUrl);
    }

    /** Collects the settings; unset ones take the documented defaults. Not thread-safe. */
    public static final class Builder {

        private Provider provider = Provider.EMBEDDED;
        private String model;
        private String baseUrl;
        private String apiKey;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxRetries = DEFAULT_RETRIES;
        private Duration articleTimeBudget = DEFAULT_ARTICLE_TIME_BUDGET;
        private double temperature;
        private int contextTokens = DEFAULT_CONTEXT_TOKENS;
        private int maxOutputTokens = DEFAULT_MAX_OUTPUT_TOKENS;
        private Integer concurrency;

        private Builder() {}

        public Builder provider(Provider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder articleTimeBudget(Duration articleTimeBudget) {
            this.articleTimeBudget = articleTimeBudget;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder contextTokens(int contextTokens) {
            this.contextTokens = contextTokens;
            return this;
        }

        public Builder maxOutputTokens(int maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        /** @throws IllegalArgumentException naming the first setting that is missing or out of range */
        public ModelConfig build() {
            return new ModelConfig(
                    provider,
                    model != null ? model : defaultModel(provider),
                    baseUrl != null ? baseUrl : defaultBaseUrl(provider),
                    apiKey,
                    timeout,
                    maxRetries,
                    articleTimeBudget,
                    temperature,
                    contextTokens,
                    maxOutputTokens,
                    concurrency != null ? concurrency : defaultConcurrency(provider));
        }
    }
}

package warta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.error.SettingNames;

/**
 * Classifies an HTTP error answer from a provider by its status and body. The body decides the
 * cases a status alone cannot: an exceeded context (OpenAI's {@code context_length_exceeded},
 * vLLM's "maximum context length", llama.cpp's "exceeds the available context size"), an unknown
 * model (OpenAI's {@code model_not_found}, Ollama's "model ... not found") and a used-up quota.
 */
final class HttpErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT = 300;
    private static final List<String> CONTEXT_PHRASES = List.of(
            "context_length_exceeded",
            "maximum context length",
            "context length exceeded",
            "exceeds the available context size",
            "exceed_context_size",
            "exceeds the context length",
            "exceeds maximum context length",
            "exceeds the maximum context",
            "greater than the context length",
            "context window exceeded",
            "prompt is too long");
    private static final Pattern MODEL_NOT_FOUND = Pattern.compile(
            "model_not_found|model\\b.{0,200}\\b(not found|does not exist)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HttpErrors() {}

    static ModelException classify(int status, String body, Duration retryAfter, ModelConfig config, Throwable cause) {
        String detail = detail(body);
        String lower = body == null ? "" : body.toLowerCase(Locale.ROOT);
        if (CONTEXT_PHRASES.stream().anyMatch(lower::contains)) {
            return new ModelException(
                    Kind.CONTEXT_LENGTH,
                    names -> "context length exceeded: lower " + names.name("chunk-tokens")
                            + " or use a model with a larger context (HTTP " + status + ": " + detail + ")",
                    cause);
        }
        if (status == 401 || status == 403) {
            return new ModelException(Kind.AUTHENTICATION, authentication(status, config), cause);
        }
        if ((status == 400 || status == 404)
                && MODEL_NOT_FOUND.matcher(body == null ? "" : body).find()) {
            return new ModelException(Kind.UNKNOWN_MODEL, names -> unknownModel(config, names), cause);
        }
        if (status == 404) {
            return new ModelException(
                    Kind.BAD_REQUEST,
                    names -> "nothing found at " + config.baseUrl() + " (HTTP 404: "
                            + detail + "): check " + names.name("base-url")
                            + (config.provider() == Provider.OPENAI
                                    ? " (for OpenAI-compatible servers it usually ends in /v1)"
                                    : ""),
                    cause);
        }
        if (status == 408) {
            return new ModelException(
                    Kind.TIMEOUT,
                    names -> config.baseUrl() + " timed out the request (HTTP 408): " + ModelErrors.slowHint(names),
                    cause);
        }
        if (status == 429) {
            return rateLimited(lower, detail, retryAfter, config, cause);
        }
        if (status >= 500) {
            return new ModelException(
                    Kind.SERVER_ERROR,
                    config.baseUrl() + " failed (HTTP " + status + ": " + detail + "); try again later",
                    cause,
                    retryAfter);
        }
        return new ModelException(
                Kind.BAD_REQUEST,
                config.baseUrl() + " rejected the request (HTTP " + status + ": " + detail + ")",
                cause);
    }

    private static ModelException rateLimited(
            String lower, String detail, Duration retryAfter, ModelConfig config, Throwable cause) {
        if (lower.contains("insufficient_quota")) {
            return new ModelException(
                    Kind.BAD_REQUEST,
                    "the account behind the API key has no quota left "
                            + "(HTTP 429 insufficient_quota): check its plan and billing",
                    cause);
        }
        return new ModelException(
                Kind.RATE_LIMITED,
                names -> "rate limited by " + config.baseUrl() + " (HTTP 429: " + detail + "): lower "
                        + names.name("concurrency") + " or try again later",
                cause,
                retryAfter);
    }

    private static String authentication(int status, ModelConfig config) {
        return config.hasApiKey()
                ? "the provider refused the API key (HTTP " + status + "): set WARTA_API_KEY or OPENAI_API_KEY"
                : "the provider wants an API key (HTTP " + status
                        + ") and none is set: set WARTA_API_KEY or OPENAI_API_KEY";
    }

    static String unknownModel(ModelConfig config, SettingNames names) {
        String model = config.model();
        String another = "pick another with " + names.name("model");
        return "model '" + model + "' not found at " + config.baseUrl() + ": "
                + (config.provider() == Provider.OLLAMA
                        ? "pull it with 'ollama pull " + model + "' or " + another
                        : another);
    }

    /** The provider's own error message from a JSON error body, else the body, on one short line. */
    static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "no details";
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            if (error.isTextual()) {
                return oneLine(error.asText());
            }
            if (error.path("message").isTextual()) {
                return oneLine(error.path("message").asText());
            }
        } catch (Exception notJson) {
            // a plain-text or HTML error page: show its start
        }
        return oneLine(body);
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "...";
    }
}

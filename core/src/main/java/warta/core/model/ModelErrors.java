package warta.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.error.SettingNames;
import warta.core.model.internal.ProviderHttpException;

/**
 * Turns whatever a LangChain4j chat model threw into a {@link ModelException} whose message
 * says what to do. Knows LangChain4j's exception types and their causes (an
 * {@link HttpException} with status and body, JDK connect and timeout exceptions, Jackson parse
 * failures); the error body decides between a plain bad request, an exceeded context and an
 * unknown model. The API key is cut out of every message, and a cause whose message contains it
 * is not attached.
 */
public final class ModelErrors {

    private ModelErrors() {}

    /** The {@link ModelException} that {@code error}, thrown by a model built from {@code config}, means. */
    static ModelException classify(Throwable error, ModelConfig config) {
        if (error instanceof ModelException modelException) {
            return modelException;
        }
        Throwable cause = mentions(error, config.apiKey()) ? null : error;
        ModelException classified = classify(error, config, cause);
        return new ModelException(
                classified.kind(),
                names -> redact(classified.message(names), config.apiKey()),
                cause,
                classified.retryAfter().orElse(null));
    }

    private static ModelException classify(Throwable error, ModelConfig config, Throwable cause) {
        String url = config.baseUrl();
        HttpException http = find(error, HttpException.class);
        if (http != null) {
            return HttpErrors.classify(http.statusCode(), http.getMessage(), retryAfter(http), config, cause);
        }
        if (find(error, HttpConnectTimeoutException.class) != null) {
            return new ModelException(
                    Kind.UNREACHABLE,
                    names -> "cannot reach " + url + ": connection timed out after " + seconds(config) + "; "
                            + unreachableHint(config, names),
                    cause);
        }
        if (find(error, UnresolvedAddressException.class) != null
                || find(error, UnknownHostException.class) != null
                || find(error, UnresolvedModelServerException.class) != null) {
            return new ModelException(
                    Kind.UNREACHABLE,
                    names -> "cannot reach " + url + ": unknown host; check " + names.name("base-url"),
                    cause);
        }
        if (find(error, ConnectException.class) != null) {
            return new ModelException(
                    Kind.UNREACHABLE,
                    names -> "cannot reach " + url + ": connection refused; " + unreachableHint(config, names),
                    cause);
        }
        if (find(error, HttpTimeoutException.class) != null || find(error, TimeoutException.class) != null) {
            return new ModelException(
                    Kind.TIMEOUT,
                    names -> "no answer from " + url + " within " + seconds(config) + ": " + slowHint(names),
                    cause);
        }
        Integer status = statusOf(error);
        if (status != null) {
            return HttpErrors.classify(status, messageOf(error), null, config, cause);
        }
        if (find(error, JsonProcessingException.class) != null) {
            return new ModelException(
                    Kind.MALFORMED_RESPONSE,
                    names -> "malformed response from " + url + ": not the JSON the " + config.provider()
                            + " API returns; check " + names.name("base-url") + " and " + names.name("provider"),
                    cause);
        }
        if (find(error, UnsupportedFeatureException.class) != null) {
            return new ModelException(
                    Kind.UNSUPPORTED,
                    config.provider() + " does not support this request: " + error.getMessage(),
                    cause);
        }
        if (find(error, IOException.class) != null || find(error, RetriableException.class) != null) {
            return new ModelException(
                    Kind.SERVER_ERROR,
                    "the request to " + url + " failed: " + HttpErrors.oneLine(messageOf(error)) + "; try again later",
                    cause);
        }
        return new ModelException(
                Kind.BAD_REQUEST, "the request to " + url + " failed: " + HttpErrors.oneLine(messageOf(error)), cause);
    }

    /** The HTTP status a LangChain4j exception type stands for, when no {@link HttpException} says. */
    private static Integer statusOf(Throwable error) {
        if (find(error, RateLimitException.class) != null) {
            return 429;
        }
        if (find(error, AuthenticationException.class) != null) {
            return 401;
        }
        if (find(error, ModelNotFoundException.class) != null) {
            return 404;
        }
        if (find(error, InvalidRequestException.class) != null) {
            return 400;
        }
        return find(error, InternalServerException.class) != null ? 500 : null;
    }

    static String unreachableHint(ModelConfig config, SettingNames names) {
        return config.provider() == Provider.OLLAMA ? "is Ollama running?" : "check " + names.name("base-url");
    }

    /** What to do about a provider that answers too slowly. */
    static String slowHint(SettingNames names) {
        return "raise " + names.name("timeout") + ", lower " + names.name("chunk-tokens") + " or use a faster model";
    }

    private static Duration retryAfter(HttpException http) {
        return http instanceof ProviderHttpException withHeader
                ? withHeader.retryAfter().orElse(null)
                : null;
    }

    private static String seconds(ModelConfig config) {
        long millis = config.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static String messageOf(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return error.getClass().getSimpleName();
    }

    /** The first throwable in {@code error}'s cause chain that is a {@code type}, or null. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean mentions(Throwable error, String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(secret)) {
                return true;
            }
        }
        return false;
    }

    static String redact(String text, String secret) {
        if (text == null || secret == null || secret.isBlank()) {
            return text;
        }
        return text.replace(secret, "***");
    }

    /**
     * What {@code error}, thrown by a provider's client for {@code config}, means: a
     * {@link ModelException} with its kind, retriability and Retry-After, and the API key cut out.
     */
    public static ModelException of(Throwable error, ModelConfig config) {
        return error instanceof ModelException m ? m : classify(error, config);
    }
}

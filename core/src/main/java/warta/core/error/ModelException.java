package warta.core.error;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A chat model call failed. {@link #kind()} says why, {@link #retriable()} whether the same
 * request may succeed later, and the message says what the user can do about it. Messages never
 * contain the API key. Front ends map these to exit 1 or HTTP 502/503/504.
 */
public class ModelException extends WartaException {

    /** Why a model call failed. */
    public enum Kind {
        /** HTTP 429: too many requests; {@link #retryAfter()} may say how long to wait. */
        RATE_LIMITED(true),
        /** No complete answer within the configured timeout. */
        TIMEOUT(true),
        /** The server could not be connected to: refused, unknown host, connect timeout. */
        UNREACHABLE(true),
        /** HTTP 5xx or a connection dropped mid-answer. */
        SERVER_ERROR(true),
        /** HTTP 401/403: the API key is missing or wrong. */
        AUTHENTICATION(false),
        /** The provider rejected the request for another reason (HTTP 4xx). */
        BAD_REQUEST(false),
        /** The prompt and the answer do not fit the model's context window. */
        CONTEXT_LENGTH(false),
        /** The model name is not known at the configured URL. */
        UNKNOWN_MODEL(false),
        /** The answer was not the JSON the API promises. */
        MALFORMED_RESPONSE(true),
        /** The configured provider or feature is not available. */
        UNSUPPORTED(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        /** Whether a failure of this kind may go away when the same request is sent again. */
        public boolean retriable() {
            return retriable;
        }

        /**
         * Whether a failure of this kind is the provider's passing state (rate limited, failing,
         * slow or away) rather than anything about the request: worth another try later, when the
         * provider may have recovered. A malformed answer is retriable but not temporary: it usually
         * means a wrong URL or provider, which waiting does not fix.
         */
        public boolean temporary() {
            return this == RATE_LIMITED || this == SERVER_ERROR || this == TIMEOUT || this == UNREACHABLE;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    public ModelException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ModelException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    /**
     * @param retryAfter how long the provider asked us to wait before the next request, or null
     */
    public ModelException(Kind kind, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    /** A message whose advice names settings: see {@link WartaException#message(SettingNames)}. */
    public ModelException(Kind kind, Function<SettingNames, String> wording, Throwable cause) {
        this(kind, wording, cause, null);
    }

    /**
     * @param wording the message, naming settings as the given {@link SettingNames} name them
     * @param retryAfter how long the provider asked us to wait before the next request, or null
     */
    public ModelException(Kind kind, Function<SettingNames, String> wording, Throwable cause, Duration retryAfter) {
        super(wording, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether sending the same request again may succeed; see {@link Kind#retriable()}. */
    public boolean retriable() {
        return kind.retriable();
    }

    /** The wait the provider asked for (HTTP {@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

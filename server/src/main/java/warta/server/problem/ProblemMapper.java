package warta.server.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import warta.core.error.CancelledException;
import warta.core.error.DiskFullException;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.error.TooLargeException;
import warta.core.error.WartaException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.summarize.SummaryFormatException;
import warta.core.work.QueueFullException;
import warta.core.work.ShuttingDownException;
import warta.core.work.WorkTimeoutException;
import warta.server.ServerSettingNames;

/**
 * The one place where exceptions become responses (a request over the size limit is refused
 * before it reaches JAX-RS, by {@link BodyLimit}): every error is an RFC 9457
 * {@link Problem} ({@code application/problem+json}), and so is the {@code error} event of a
 * stream ({@link #toProblem}).
 *
 * <ul>
 *   <li>400: bad input ({@link InputException}, unreadable JSON, a field of the wrong type), an
 *       unreachable {@code url} included; a body that could not be read (logged at DEBUG: the client's doing);
 *   <li>413: an article longer than {@code warta.max-article-chars}, a batch over its limits ({@link TooLargeException});
 *   <li>429 with {@code Retry-After}: the work queue is full ({@link QueueFullException});
 *   <li>503 with {@code Retry-After}: shutting down ({@link ShuttingDownException}, {@link CancelledException}),
 *       or the provider rate-limits us ({@link ModelException.Kind#RATE_LIMITED}; its own Retry-After when it gave one);
 *   <li>504: the provider timed out ({@link ModelException.Kind#TIMEOUT}) or the request ran past
 *       {@code warta.request-timeout} ({@link WorkTimeoutException});
 *   <li>507: the server's disk is full, or its quota spent ({@link DiskFullException}: a batch job cannot be
 *       kept); the detail names no server path;
 *   <li>502: any other provider failure, and an answer that is not a summary ({@link SummaryFormatException});
 *       the detail is the provider failure's message, which never holds the API key (it is cut out
 *       again here, should one slip through);
 *   <li>JAX-RS errors keep their status (404, 405, 415 ...);
 *   <li>500: anything else, including a {@link WartaException} of no kind above, with an error id
 *       that is logged together with the stack trace; the body names neither the exception nor its message.
 * </ul>
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER = "Retry-After";
    /** Advice in messages names settings as the server's operator sets them. */
    private static final SettingNames NAMES = ServerSettingNames.INSTANCE;
    /** Where Jackson names its own classes: "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)". */
    private static final Pattern JACKSON_NAMES = Pattern.compile(",? from `[^`]*`");

    @Inject
    Instance<ModelConfig> modelConfig;

    @ServerExceptionMapper
    public Response badInput(InputException e, UriInfo uri) {
        return toResponse(e, path(uri));
    }

    /** The project's own failures: provider, summary, queue, timeout, cancellation. */
    @ServerExceptionMapper
    public Response warta(WartaException e, UriInfo uri) {
        return toResponse(e, path(uri));
    }

    /** The problem for {@code e}, as the response would carry it: for the error event of a stream. */
    public Problem toProblem(Throwable e, String instance) {
        return (Problem) toResponse(e, instance).getEntity();
    }

    private Response toResponse(Throwable e, String instance) {
        return switch (e) {
            case TooLargeException tooLarge ->
                Problem.of(413, tooLarge.message(NAMES), instance).toResponse();
            case InputException input ->
                Problem.of(400, input.message(NAMES), instance).toResponse();
            case QueueFullException full ->
                withRetryAfter(Problem.of(429, full.getMessage(), instance), full.retryAfter());
            case ShuttingDownException closing ->
                withRetryAfter(Problem.of(503, closing.getMessage(), instance), closing.retryAfter());
            case CancelledException cancelled ->
                withRetryAfter(
                        Problem.of(
                                503,
                                "the work was cancelled before it finished (the server is shutting down); try again shortly",
                                instance),
                        ShuttingDownException.RETRY_AFTER);
            case WorkTimeoutException timeout ->
                Problem.of(504, timeout.getMessage(), instance).toResponse();
            case ModelException model -> provider(model, instance);
            case DiskFullException full ->
                Problem.of(507, full.reason() + " on the server: try again once space is freed", instance)
                        .toResponse();
            case SummaryFormatException summary ->
                Problem.of(502, "the model's answer is not a usable summary: " + summary.getMessage(), instance)
                        .toResponse();
            default -> unexpected(e, instance);
        };
    }

    private Response provider(ModelException e, String instance) {
        String message = redact(e.message(NAMES), apiKey());
        return switch (e.kind()) {
            case TIMEOUT ->
                Problem.of(504, "the model provider did not answer in time: " + message, instance)
                        .toResponse();
            case RATE_LIMITED ->
                withRetryAfter(
                        Problem.of(503, "the model provider is limiting the rate of requests: " + message, instance),
                        e.retryAfter().orElse(null));
            case AUTHENTICATION ->
                Problem.of(
                                502,
                                "the model provider refused the server's credentials (check WARTA_API_KEY): " + message,
                                instance)
                        .toResponse();
            case UNKNOWN_MODEL ->
                Problem.of(
                                502,
                                "the model provider does not know the configured model (check WARTA_MODEL): " + message,
                                instance)
                        .toResponse();
            case UNREACHABLE ->
                Problem.of(502, unreachable() + message, instance).toResponse();
            default ->
                Problem.of(502, "the model provider failed: " + message, instance)
                        .toResponse();
        };
    }

    private static Response withRetryAfter(Problem problem, Duration wait) {
        Response response = problem.toResponse();
        if (wait == null) {
            return response;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(response).header(RETRY_AFTER, seconds).build();
    }

    /** {@code detail} with every occurrence of {@code secret} cut out. */
    static String redact(String detail, String secret) {
        if (detail == null || secret == null || secret.isBlank()) {
            return detail;
        }
        return detail.replace(secret, "***");
    }

    /**
     * What an unreachable provider means: for the in-process model, its file could not be downloaded
     * (there is no base URL to check); the message itself says what to do, in the server's terms.
     */
    private String unreachable() {
        try {
            if (modelConfig != null
                    && modelConfig.isResolvable()
                    && modelConfig.get().provider() == Provider.EMBEDDED) {
                return "the in-process model could not be fetched: ";
            }
        } catch (RuntimeException e) {
            // the model settings are unusable: say it the general way
        }
        return "the model provider cannot be reached: ";
    }

    /** The configured API key, or null; the model settings may be unusable, and that must not hide the error. */
    private String apiKey() {
        try {
            return modelConfig == null || !modelConfig.isResolvable()
                    ? null
                    : modelConfig.get().apiKey();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e, UriInfo uri) {
        String what = e instanceof StreamConstraintsException
                ? "the JSON of the request body goes over a limit: "
                : "the request body is not valid JSON: ";
        return Problem.of(400, what + describe(e), path(uri)).toResponse();
    }

    /** Takes over from Quarkus's built-in mapper, which answers a wrongly typed field with no body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return Problem.of(400, "the request body does not fit: " + describe(e), path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        String path = path(uri);
        String detail;
        if (path != null && path.startsWith("/v1/batches")) {
            detail = "send the batch as application/json: {\"articles\": [...]}";
        } else if (path != null && path.startsWith("/v1/digests")) {
            detail =
                    "send the digest's articles as application/json: {\"articles\": [...]} or {\"batch\": \"<job id>\"}";
        } else {
            detail = "send the article as application/json, text/plain or text/html";
        }
        return Problem.of(415, detail, path).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return Problem.of(status, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return unexpected(e, path(uri));
    }

    private static Response unexpected(Throwable e, String instance) {
        return unexpectedProblem(logUnexpected(e, instance), instance).toResponse();
    }

    /** Logs {@code e} with its stack trace under a new error id, and returns the id. */
    static String logUnexpected(Throwable e, String instance) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", id, instance);
        return id;
    }

    /** The 500 problem for the error logged under {@code id}: neither the exception nor its message. */
    static Problem unexpectedProblem(String id, String instance) {
        String detail = "an unexpected error occurred; quote error id " + id + " when reporting it";
        return Problem.of(500, detail, instance).withErrorId(id);
    }

    /**
     * The request body could not be read: the client closed the connection, or the REST layer
     * cut off a body over the limit (and answered 413 itself). The client's doing, so not an error
     * of the server's; there is usually no one left to answer.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf("the request body of %s could not be read: %s", path(uri), e);
        return Problem.of(400, "the request body could not be read: " + e.getMessage(), path(uri))
                .toResponse();
    }

    /**
     * Jackson's own message without the request body it may quote or the names of Jackson's
     * classes, or the field of the wrong type and what it must be; plus where it went wrong.
     */
    private static String describe(JsonProcessingException e) {
        String what = JACKSON_NAMES.matcher(e.getOriginalMessage()).replaceAll("");
        if (e instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()) {
            what = "expected a JSON object such as {\"text\": \"...\"}";
        } else if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            what = "\"" + field + "\" must be " + expected(mismatch.getTargetType());
        }
        JsonLocation at = e.getLocation();
        String line = what.lines().findFirst().orElse("");
        return at == null ? line : line + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        } else if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "of another type";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

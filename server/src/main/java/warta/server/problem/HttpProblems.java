package warta.server.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Problems answered by Vert.x routes rather than JAX-RS: {@link #send} writes one, and every
 * failure that reaches the router (a request without a {@code Host}, a chunked body over the
 * limit or with a broken chunk, anything a route fails with) is answered here as a
 * {@link Problem}, before Quarkus's own error page could answer it with its JSON. A client's
 * mistake is logged as one DEBUG line; a 500 is logged as an ERROR with its stack trace and error
 * id, as {@link ProblemMapper} does. A response that has already begun is left alone.
 */
@ApplicationScoped
public class HttpProblems {

    /** Before every other route of the server, so that its failures come here first. */
    static final int ORDER = -10;

    private static final String CODEC = "io.netty.handler.codec.http.";
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final ObjectMapper mapper;

    HttpProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::failed);
    }

    /**
     * Answers with {@code problem}. When the request's body has not been read the connection is
     * closed after the answer, so that the unread body is not taken for the next request.
     */
    public void send(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.closed()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem cannot be written as JSON", e);
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!context.request().isEnded()) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(body);
    }

    private void failed(RoutingContext context) {
        String path = context.request().path();
        Throwable failure = context.failure();
        if (context.response().headWritten() || context.response().closed()) {
            LOG.debugf("%s failed after its answer began: %s", path, failure);
            return;
        }
        boolean codec = fromCodec(failure);
        int status = codec ? 400 : context.statusCode();
        if (status < 400 || status >= 500) {
            String id = ProblemMapper.logUnexpected(failure, path);
            send(context, ProblemMapper.unexpectedProblem(id, path));
            return;
        }
        LOG.debugf("%s answered %d: %s", path, status, failure);
        send(context, Problem.of(status, detail(context, status, codec), path));
    }

    /**
     * Whether the HTTP codec refused the bytes of the request (a broken chunk, say): the client's
     * mistake. Handlers run inside the codec's read too, so it must be where the failure was thrown.
     */
    private static boolean fromCodec(Throwable failure) {
        return failure != null
                && Arrays.stream(failure.getStackTrace())
                        .map(StackTraceElement::getClassName)
                        .dropWhile(name -> name.startsWith("java."))
                        .findFirst()
                        .filter(name -> name.startsWith(CODEC))
                        .isPresent();
    }

    private static String detail(RoutingContext context, int status, boolean codec) {
        if (status == 400
                && context.request().version() != HttpVersion.HTTP_1_0
                && context.request().authority() == null) {
            return "the request has no valid Host header, which HTTP/1.1 requires";
        }
        if (status == 400 && codec) {
            return "the request's chunked body is malformed: "
                    + context.failure().getMessage();
        }
        return switch (status) {
            case 400 -> "the request is not valid HTTP";
            case 404 -> "there is nothing at this path";
            case 413 -> BodyLimit.DETAIL.formatted(context.get(BodyLimit.MAX_BYTES, 0L));
            default -> Problem.of(status, null, null).title();
        };
    }
}

package warta.server.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose body is over {@code quarkus.http.limits.max-body-size} with a 413
 * {@link Problem}. One with a {@code Content-Length} over the limit is refused before its body is
 * read, before Quarkus's own check (one route later) would answer it with an empty body. A chunked
 * one has no length up front: its body is read here, up to the limit, so that a body that runs over
 * is refused the same way (through {@link HttpProblems}) rather than cut off later by the REST
 * layer with an empty 413 and two logged stack traces; the REST layer then takes the body as read.
 */
@ApplicationScoped
public class BodyLimit {

    /** The detail of the 413, with the limit in bytes. */
    static final String DETAIL = "the request body is over the limit of %d bytes";
    /** The routing context's key for the limit, for the failure handler's message. */
    static final String MAX_BYTES = "warta.max-body-bytes";

    /** Just before Quarkus's upload-limit route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    private static final int ORDER = -3;

    private final long maxBytes;
    private final HttpProblems problems;
    private final BodyHandler chunked;

    BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, HttpProblems problems) {
        this.maxBytes = maxBodySize.asLongValue();
        this.problems = problems;
        this.chunked = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        context.put(MAX_BYTES, maxBytes);
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            problems.send(
                    context,
                    Problem.of(
                            413, DETAIL.formatted(maxBytes), context.request().path()));
        } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunked.handle(context);
        } else {
            context.next();
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

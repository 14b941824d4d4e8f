package warta.server.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * with a 413 {@link Problem}, before Quarkus's own check (one route later) would answer it with an
 * empty body. A chunked request has no length up front; when it runs over, Quarkus still cuts it
 * off with a bare 413.
 */
@ApplicationScoped
public class BodyLimit {

    /** Just before Quarkus's upload-limit route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    private static final int ORDER = -3;

    private final long maxBytes;
    private final String body;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper mapper)
            throws JsonProcessingException {
        this.maxBytes = maxBodySize.asLongValue();
        String detail = "the request body is over the limit of " + maxBytes + " bytes";
        this.body = mapper.writeValueAsString(Problem.of(413, detail, null));
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            context.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

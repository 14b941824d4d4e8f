package warta.server.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.logging.Logger;
import warta.server.problem.HttpProblems;
import warta.server.problem.Problem;

/**
 * Requires {@code Authorization: Bearer <key>} with one of the server's {@link ApiKeys} on every
 * path under {@code /v1}, whatever serves it (JAX-RS resources, server-sent events, routes added
 * later), when the server has keys. A missing or wrong key is answered 401 with a
 * {@link Problem} and {@code WWW-Authenticate: Bearer}, before the request is read any further.
 * Everything else ({@code /q/health}, {@code /q/openapi}, {@code /q/swagger-ui},
 * {@code /q/metrics}, the page at {@code /}) stays open. Keys are never logged.
 *
 * <p>A Vert.x route rather than a JAX-RS filter, so it runs before the body limit and for every
 * kind of endpoint. The path is matched case-insensitively and after normalisation, so
 * {@code /V1/...}, {@code //v1/...} or {@code /x/../v1/...} are no way around it.
 */
@ApplicationScoped
public class ApiKeyFilter {

    /** Before the body limit ({@code warta.server.problem.BodyLimit}, -3): no key, no 413. */
    private static final int ORDER = -4;

    private static final String PREFIX = "/v1";
    private static final String SCHEME = "bearer ";

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final HttpProblems problems;

    ApiKeyFilter(ApiKeys keys, HttpProblems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        if (!keys.required()) {
            LOG.warn("no API keys are set: /v1 is open to anyone who can reach the server");
            return;
        }
        LOG.infof("/v1 requires one of %d API keys", keys.size());
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!isProtected(context.normalizedPath())
                && !isProtected(context.request().path())) {
            context.next();
            return;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        String token = bearerToken(header);
        if (keys.matches(token)) {
            context.next();
            return;
        }
        String detail = token == null
                ? "this API needs a key: send it as \"Authorization: Bearer <key>\""
                : "the API key is not valid";
        refuse(
                context,
                detail,
                token == null ? "Bearer realm=\"warta\"" : "Bearer realm=\"warta\", error=\"invalid_token\"");
    }

    static boolean isProtected(String path) {
        if (path == null) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT).replaceFirst("^/+", "/");
        return lower.equals(PREFIX)
                || lower.startsWith(PREFIX + "/")
                || lower.startsWith(PREFIX + ";")
                || lower.startsWith(PREFIX + "%");
    }

    /** The token of a Bearer authorization, or null when there is none. */
    static String bearerToken(String header) {
        if (header == null
                || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private void refuse(RoutingContext context, String detail, String challenge) {
        context.response().putHeader("WWW-Authenticate", challenge);
        problems.send(context, Problem.of(401, detail, context.request().path()));
    }
}

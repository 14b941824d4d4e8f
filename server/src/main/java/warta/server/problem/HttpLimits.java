package warta.server.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits on a request's head, {@code quarkus.http.limits.max-initial-line-length} (the request
 * line: method, URL and version) and {@code quarkus.http.limits.max-header-size} (all header
 * lines), answered 414 and 431 with a {@link Problem}. Vert.x's HTTP codec refuses a head over its
 * own limits before any handler runs, with an empty body, and Quarkus offers no hook into that
 * answer; so the codec's limits are set {@value #HARD_FACTOR} times higher, and a head between the
 * configured limit and the codec's gets its problem here. Only a head over the codec's limit (and a
 * request the codec cannot parse at all) still gets the codec's bare answer.
 */
@ApplicationScoped
public class HttpLimits implements HttpServerOptionsCustomizer {

    /** How many times the configured limits the HTTP codec allows before it cuts a request off. */
    static final int HARD_FACTOR = 4;

    private static final String LINE_SETTING = "quarkus.http.limits.max-initial-line-length";
    private static final String HEADER_SETTING = "quarkus.http.limits.max-header-size";

    private final int maxLine;
    private final int maxHeaders;
    private final HttpProblems problems;

    HttpLimits(
            @ConfigProperty(name = LINE_SETTING, defaultValue = "4096") int maxLine,
            @ConfigProperty(name = HEADER_SETTING, defaultValue = "20K") MemorySize maxHeaders,
            HttpProblems problems) {
        this.maxLine = maxLine;
        this.maxHeaders = (int) Math.min(Integer.MAX_VALUE / HARD_FACTOR, maxHeaders.asLongValue());
        this.problems = problems;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeDomainSocketServer(HttpServerOptions options) {
        raise(options);
    }

    private void raise(HttpServerOptions options) {
        options.setMaxInitialLineLength(maxLine * HARD_FACTOR).setMaxHeaderSize(maxHeaders * HARD_FACTOR);
    }

    void register(@Observes Router router) {
        router.route().order(HttpProblems.ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length();
        }
        if (line > maxLine) {
            String detail = "the request line (method, URL and version) has " + line + " characters; at most " + maxLine
                    + " are taken (" + LINE_SETTING + ")";
            problems.send(context, Problem.of(414, detail, null)); // the path itself is what is too long
        } else if (headers > maxHeaders) {
            String detail = "the request's headers have " + headers + " bytes; at most " + maxHeaders + " are taken ("
                    + HEADER_SETTING + ")";
            problems.send(context, Problem.of(431, detail, request.path()));
        } else {
            context.next();
        }
    }
}

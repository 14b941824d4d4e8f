package warta.server.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import warta.core.digest.DigestFormat;
import warta.core.error.InputException;

/**
 * {@code POST /v1/digests}: one checked English briefing of several articles, grouped into
 * stories, every sentence citing its sources ({@link DigestRequest}; see {@code docs/digest.md}).
 * The answer is the digest as JSON, markdown or HTML ({@code ?format=}, else {@code Accept}), or,
 * for {@code Accept: text/event-stream}, its progress as events ending with the digest's JSON.
 * Reading the articles runs on a worker thread of the HTTP layer ({@code @Blocking}); the model
 * work runs in the engine's work queue ({@link DigestWork}).
 */
@Path("/v1/digests")
@Blocking
@Consumes(MediaType.APPLICATION_JSON)
public class DigestResource {

    /** The media type of the markdown digest. */
    public static final String MARKDOWN = "text/markdown";

    /**
     * The header that counts the articles left out of the digest (a batch job's done article whose
     * source cannot be read again); JSON lists them in {@code problems}, markdown under "Left out".
     */
    public static final String LEFT_OUT = "Warta-Left-Out";

    private final DigestWork work;

    DigestResource(DigestWork work) {
        this.work = work;
    }

    @POST
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, MediaType.TEXT_HTML})
    public CompletionStage<Response> digest(
            DigestRequest request, @QueryParam("format") String format, @Context HttpHeaders headers) {
        DigestFormat chosen = format(format, headers);
        return work.run(request, chosen)
                .thenApply(answer -> Response.ok(answer.body(), type(chosen))
                        .header(LEFT_OUT, answer.problems().size())
                        .build());
    }

    @POST
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> digestStream(DigestRequest request, @Context UriInfo uri, @Context Sse sse) {
        return work.stream(request, sse, "/" + uri.getPath().replaceFirst("^/", ""));
    }

    /** {@code ?format=} when given, else the first acceptable of JSON, markdown and HTML. */
    static DigestFormat format(String query, HttpHeaders headers) {
        if (query != null) {
            return switch (query.toLowerCase(Locale.ROOT)) {
                case "json" -> DigestFormat.JSON;
                case "markdown", "md" -> DigestFormat.MARKDOWN;
                case "html" -> DigestFormat.HTML;
                default -> throw new InputException("format must be json, markdown or html, not \"" + query + "\"");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return DigestFormat.JSON;
            } else if (accepted.isCompatible(MediaType.valueOf(MARKDOWN))) {
                return DigestFormat.MARKDOWN;
            } else if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return DigestFormat.HTML;
            }
        }
        return DigestFormat.JSON;
    }

    private static String type(DigestFormat format) {
        return switch (format) {
            case JSON -> MediaType.APPLICATION_JSON;
            case MARKDOWN -> MARKDOWN + ";charset=UTF-8";
            case HTML -> MediaType.TEXT_HTML + ";charset=UTF-8";
        };
    }
}

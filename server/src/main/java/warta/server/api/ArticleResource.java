package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import warta.core.process.Task;

/**
 * {@code POST /v1/translations}, {@code /v1/summaries} and {@code /v1/articles} (both tasks). The
 * article comes as JSON ({@link ArticleRequest}), or as a {@code text/plain} or {@code text/html}
 * body with an optional {@code ?id=}. The answer is the result document that
 * {@code warta ... --format json} prints, or, for {@code Accept: text/event-stream}, the events of
 * {@link EventStream}. Reading and cleaning run on a worker thread of the HTTP layer
 * ({@code @Blocking}); the model work runs in the engine's work queue ({@link warta.core.Warta#submit}).
 */
@Path("/v1")
@Blocking
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
public class ArticleResource {

    private static final Set<Task> TRANSLATE = EnumSet.of(Task.TRANSLATE);
    private static final Set<Task> SUMMARIZE = EnumSet.of(Task.SUMMARIZE);
    private static final Set<Task> BOTH = EnumSet.allOf(Task.class);

    private final ArticleWork work;

    ArticleResource(ArticleWork work) {
        this.work = work;
    }

    @POST
    @Path("translations")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<ObjectNode> translate(String body, @QueryParam("id") String id, @Context HttpHeaders headers)
            throws JsonProcessingException {
        return work.run(headers.getMediaType(), body, id, TRANSLATE);
    }

    @POST
    @Path("translations")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> translateStream(
            String body,
            @QueryParam("id") String id,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Sse sse)
            throws JsonProcessingException {
        return work.stream(headers.getMediaType(), body, id, TRANSLATE, sse, path(uri));
    }

    @POST
    @Path("summaries")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<ObjectNode> summarize(String body, @QueryParam("id") String id, @Context HttpHeaders headers)
            throws JsonProcessingException {
        return work.run(headers.getMediaType(), body, id, SUMMARIZE);
    }

    @POST
    @Path("summaries")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> summarizeStream(
            String body,
            @QueryParam("id") String id,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Sse sse)
            throws JsonProcessingException {
        return work.stream(headers.getMediaType(), body, id, SUMMARIZE, sse, path(uri));
    }

    @POST
    @Path("articles")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<ObjectNode> process(String body, @QueryParam("id") String id, @Context HttpHeaders headers)
            throws JsonProcessingException {
        return work.run(headers.getMediaType(), body, id, BOTH);
    }

    @POST
    @Path("articles")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> processStream(
            String body,
            @QueryParam("id") String id,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context Sse sse)
            throws JsonProcessingException {
        return work.stream(headers.getMediaType(), body, id, BOTH, sse, path(uri));
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}

package warta.server.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.inspect.InspectionJson;
import warta.server.WartaServerConfig;

/**
 * {@code POST /v1/inspect}: reads, cleans and describes one article, splits it into sentences
 * and chunks, with no model involved. The article comes as JSON, as {@code text/plain} or as
 * {@code text/html}. The answer is the same JSON as {@code warta inspect --format json} prints. Bad input is an {@link InputException}, answered 400 by
 * {@link warta.server.problem.ProblemMapper}.
 */
@Path("/v1/inspect")
@Produces(MediaType.APPLICATION_JSON)
public class InspectResource {

    private final Warta warta;
    private final WartaServerConfig config;

    InspectResource(Warta warta, WartaServerConfig config) {
        this.warta = warta;
        this.config = config;
    }

    /** The article in a JSON body: {@code {"text": ...}} or {@code {"html": ..., "url": ...}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode inspectJson(InspectRequest request) {
        if (request == null) {
            throw new InputException("the request body is empty; send {\"text\": \"...\"}, {\"html\": \"...\"}"
                    + " or {\"url\": \"...\"}");
        }
        return inspect(warta.read(request.input()), request.chunkTokens());
    }

    /** The article as the whole plain-text body; {@code ?chunkTokens=N} sets the budget. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public ObjectNode inspectText(String body, @QueryParam("chunkTokens") String chunkTokens) {
        Integer budget = parseChunkTokens(chunkTokens);
        return inspect(warta.reader().fromString(body, Source.inline(), Article.Format.TEXT), budget);
    }

    /** The article as a whole HTML page; {@code ?chunkTokens=N} sets the budget. */
    @POST
    @Consumes(MediaType.TEXT_HTML)
    public ObjectNode inspectHtml(String body, @QueryParam("chunkTokens") String chunkTokens) {
        Integer budget = parseChunkTokens(chunkTokens);
        return inspect(warta.reader().fromString(body, Source.inline(), Article.Format.HTML), budget);
    }

    private ObjectNode inspect(Article article, Integer chunkTokens) {
        return InspectionJson.toNode(warta.inspect(article, chunkTokens == null ? config.chunkTokens() : chunkTokens));
    }

    private static Integer parseChunkTokens(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InputException("\"chunkTokens\" must be a whole number, not \"" + value + "\"");
        }
    }
}

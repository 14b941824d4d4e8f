package warta.server.inspect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import warta.core.error.InputException;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.inspect.InspectionJson;
import warta.core.inspect.Inspector;
import warta.core.read.ArticleReader;
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

    private final Inspector inspector;
    private final ArticleReader reader;
    private final WartaServerConfig config;

    InspectResource(Inspector inspector, ArticleReader reader, WartaServerConfig config) {
        this.inspector = inspector;
        this.reader = reader;
        this.config = config;
    }

    /** The article in a JSON body: {@code {"text": ...}} or {@code {"html": ..., "url": ...}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode inspectJson(InspectRequest request) {
        if (request == null) {
            throw new InputException("the request body is empty; send {\"text\": \"...\"} or {\"html\": \"...\"}");
        }
        Article article = reader.fromString(request.content(), request.source(), request.format());
        return inspect(article, request.chunkTokens());
    }

    /** The article as the whole plain-text body; {@code ?chunkTokens=N} sets the budget. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public ObjectNode inspectText(String body, @QueryParam("chunkTokens") String chunkTokens) {
        Integer budget = parseChunkTokens(chunkTokens);
        return inspect(reader.fromString(body, Source.inline(), Article.Format.TEXT), budget);
    }

    /** The article as a whole HTML page; {@code ?chunkTokens=N} sets the budget. */
    @POST
    @Consumes(MediaType.TEXT_HTML)
    public ObjectNode inspectHtml(String body, @QueryParam("chunkTokens") String chunkTokens) {
        Integer budget = parseChunkTokens(chunkTokens);
        return inspect(reader.fromString(body, Source.inline(), Article.Format.HTML), budget);
    }

    private ObjectNode inspect(Article article, Integer chunkTokens) {
        return InspectionJson.toNode(inspectorFor(chunkTokens).inspect(article));
    }

    /** The shared inspector for the default budget; a fresh one (a few milliseconds) otherwise. */
    private Inspector inspectorFor(Integer chunkTokens) {
        if (chunkTokens == null || chunkTokens == config.chunkTokens()) {
            return inspector;
        }
        if (chunkTokens < WartaServerConfig.MIN_CHUNK_TOKENS) {
            throw new InputException("\"chunkTokens\" must be at least " + WartaServerConfig.MIN_CHUNK_TOKENS
                    + ", not " + chunkTokens);
        }
        return new Inspector(chunkTokens);
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

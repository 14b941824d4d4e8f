package warta.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import warta.core.InputException;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.read.ArticleReader;
import warta.core.result.ResultJson;

/**
 * TEMPORARY, tests only: a stand-in for {@code POST /v1/articles} so that the web page can be
 * tested before the real endpoint ({@code warta.server.api}) is merged. DELETE THIS CLASS when
 * the real endpoint arrives; {@link WebPageTest} is written against the contract and needs no
 * change. It follows the contract's event stream (progress, paragraph, result, error) for text
 * input only, with the real processor and the test model.
 */
@Path("/v1/articles")
public class StandInArticlesResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleReader reader;
    private final ArticleProcessor processor;

    StandInArticlesResource(ArticleReader reader, ArticleProcessor processor) {
        this.reader = reader;
        this.processor = processor;
    }

    /** The request body: {@code {"text": ...}}; the stand-in does not fetch URLs. */
    public record Request(String text, String url) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response articles(Request request) {
        if (request == null || request.text() == null) {
            throw new InputException("the stand-in for /v1/articles takes {\"text\": \"...\"} only");
        }
        CleanArticle article = processor.prepare(reader.fromString(request.text(), Source.inline(), Article.Format.TEXT));
        StreamingOutput stream = out -> new Events(out).run(article);
        return Response.ok(stream, "text/event-stream").build();
    }

    /** Writes one article's events; the listener may be called from several threads. */
    private final class Events implements ProcessListener {

        private final OutputStream out;

        Events(OutputStream out) {
            this.out = out;
        }

        void run(CleanArticle article) {
            try {
                send("result", ResultJson.toNode(processor.process(article, EnumSet.allOf(Task.class), this)));
            } catch (RuntimeException e) {
                ObjectNode problem = JSON.createObjectNode().put("type", "about:blank").put("title", "Bad Gateway")
                        .put("status", 502).put("detail", String.valueOf(e.getMessage()));
                send("error", problem);
            }
        }

        @Override
        public void stage(String name) {
            send("progress", JSON.createObjectNode().put("stage", name));
        }

        @Override
        public void chunkStarted(int index, int total) {
            send("progress", JSON.createObjectNode().put("stage", "translate").put("chunk", index).put("chunks", total));
        }

        @Override
        public void paragraphTranslated(int index, String english) {
            send("paragraph", JSON.createObjectNode().put("index", index).put("text", english));
        }

        private synchronized void send(String event, ObjectNode data) {
            try {
                out.write(("event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

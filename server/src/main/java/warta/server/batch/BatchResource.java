package warta.server.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import warta.core.batch.job.Job;
import warta.core.batch.job.JobQueue;
import warta.core.batch.job.JobStatusJson;
import warta.core.batch.job.UnknownJobException;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;
import warta.core.read.ArticleInput;
import warta.server.WartaServerConfig;

/**
 * Batch jobs: {@code POST /v1/batches} takes up to {@code warta.batch-max-articles} articles and
 * answers 202 at once; {@code GET /v1/batches/{id}} says how far the job got,
 * {@code GET /v1/batches/{id}/results} gives the results finished so far as JSON Lines, and
 * {@code DELETE /v1/batches/{id}} cancels it. Errors are problem responses: 400 for a bad body,
 * 413 for too many or too long articles, 404 for an unknown job. See {@code docs/server-batches.md}.
 */
@Path("/v1/batches")
public class BatchResource {

    /** The media type of the results: one JSON document a line. */
    public static final String NDJSON = "application/x-ndjson";

    private final JobQueue jobs;
    private final WartaServerConfig config;

    @Inject
    BatchResource(BatchJobs jobs, WartaServerConfig config) {
        this.jobs = jobs.queue();
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(BatchRequest request) {
        Job job = jobs.submit(articles(request));
        return Response.accepted(JobStatusJson.toNode(jobs.status(job.id())))
                .location(URI.create("/v1/batches/" + job.id()))
                .build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode status(@PathParam("id") String id) {
        return known(() -> JobStatusJson.toNode(jobs.status(id)));
    }

    @GET
    @Path("{id}/results")
    @Produces(NDJSON)
    public StreamingOutput results(@PathParam("id") String id) {
        Stream<String> lines = known(() -> jobs.results(id));
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (lines) {
                for (String line : (Iterable<String>) lines::iterator) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
            writer.flush();
        };
    }

    /** Cancels the job: 202 when it was queued or running, 200 when it had already ended. */
    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") String id) {
        boolean unfinished = known(() -> jobs.status(id)).state().unfinished();
        known(() -> jobs.cancel(id));
        ObjectNode status = known(() -> JobStatusJson.toNode(jobs.status(id)));
        return Response.status(unfinished ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(status)
                .build();
    }

    private List<ArticleInput> articles(BatchRequest request) {
        if (request == null || request.articles() == null || request.articles().isEmpty()) {
            throw new InputException(
                    "expected {\"articles\": [...]} with 1 to " + config.batchMaxArticles() + " articles");
        }
        if (request.articles().size() > config.batchMaxArticles()) {
            throw new TooLargeException("a batch may hold at most " + config.batchMaxArticles() + " articles, not "
                    + request.articles().size() + " (warta.batch-max-articles)");
        }
        List<ArticleInput> articles = new ArrayList<>(request.articles().size());
        for (int i = 0; i < request.articles().size(); i++) {
            articles.add(BatchRequest.Article.input(
                    request.articles().get(i), "articles[" + i + "]", config.maxArticleChars()));
        }
        return articles;
    }

    /** Runs a look-up of a job, answering 404 when there is no such job. */
    private static <T> T known(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (UnknownJobException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}

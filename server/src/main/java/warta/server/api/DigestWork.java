package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import warta.core.Warta;
import warta.core.batch.job.JobIds;
import warta.core.batch.job.JobQueue;
import warta.core.batch.job.JobState;
import warta.core.batch.job.JobStatus;
import warta.core.batch.job.UnknownJobException;
import warta.core.digest.Digest;
import warta.core.digest.DigestFormat;
import warta.core.digest.DigestInput;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestWriter;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;
import warta.core.read.ArticleInput;
import warta.server.WartaServerConfig;
import warta.server.batch.BatchJobs;
import warta.server.batch.BatchRequest;
import warta.server.problem.ProblemMapper;

/**
 * Takes a {@link DigestRequest} to a digest: the input is read and checked on the calling (HTTP
 * worker) thread, so that every refusal is an ordinary problem response before any model work
 * (400 for no articles, an unreadable one, or a batch job none of whose done articles can be read
 * again, 404 for an unknown job, 409 for a job still running, 413 for more than
 * {@code warta.digest-max-articles} given, or a job with more than
 * {@code warta.digest-max-batch-articles} done articles, checked before any source is read again);
 * a batch job's articles that cannot be read again are left out and named in the answer
 * ({@link Answer#problems()}). Then {@link Warta#digest} runs as one piece of the engine's work
 * queue, the queue of the interactive endpoints, so it waits its turn and a full queue answers
 * 429, and it may run for {@code warta.digest-timeout} (504 after). Counts the
 * digests made in {@code warta.digests} ({@code checks=passed|failed}). Thread-safe.
 */
@Singleton
public class DigestWork {

    private final Warta warta;
    private final JobQueue jobs;
    private final WartaServerConfig config;
    private final ProblemMapper problems;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;

    DigestWork(
            Warta warta,
            BatchJobs jobs,
            WartaServerConfig config,
            ProblemMapper problems,
            ObjectMapper mapper,
            MeterRegistry registry) {
        this.warta = warta;
        this.jobs = jobs.queue();
        this.config = config;
        this.problems = problems;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** The digest rendered in {@code format}, when it is done; cancelling the answer cancels the work. */
    public CompletionStage<Answer> run(DigestRequest request, DigestFormat format) {
        DigestInput input = input(request);
        CompletableFuture<Digest> work = submit(input, DigestListener.NONE);
        CompletableFuture<Answer> answer =
                work.thenApply(digest -> new Answer(render(digest, format, input.problems()), input.problems()));
        answer.whenComplete((text, error) -> {
            if (answer.isCancelled()) {
                work.cancel(true);
            }
        });
        return answer;
    }

    /** The digest's events: {@code progress}, then {@code digest} (its JSON) or {@code error}. */
    public Multi<OutboundSseEvent> stream(DigestRequest request, Sse sse, String path) {
        DigestInput input = input(request);
        EventStream events = new EventStream(sse, mapper);
        CompletableFuture<Digest> digest = submit(input, events);
        events.whenGone(() -> digest.cancel(true));
        digest.whenComplete((done, error) -> {
            if (error == null) {
                try {
                    events.digest(json(done, input.problems()));
                } catch (RuntimeException e) {
                    events.error(problems.toProblem(e, path));
                }
            } else {
                events.error(problems.toProblem(unwrap(error), path));
            }
        });
        return events.events();
    }

    private CompletableFuture<Digest> submit(DigestInput input, DigestListener listener) {
        CompletableFuture<Digest> work = warta.queue()
                .submit(() -> warta.digest(input, listener), config.digestTimeout(), "warta.digest-timeout");
        work.thenAccept(digest ->
                registry.counter("warta.digests", "checks", passed(digest)).increment());
        return work;
    }

    private static String passed(Digest digest) {
        return digest.checks() != null && digest.checks().passed() ? "passed" : "failed";
    }

    /** What the request asks a digest of, read and checked: no model work has started. */
    DigestInput input(DigestRequest request) {
        boolean articles = request != null && request.articles() != null;
        boolean batch = request != null && request.batch() != null;
        if (articles == batch) {
            throw new InputException("expected {\"articles\": [...]} with 1 to " + config.digestMaxArticles()
                    + " articles, or {\"batch\": \"<job id>\"}, not " + (articles ? "both" : "neither"));
        }
        return articles ? articles(request.articles()) : batch(request.batch());
    }

    private DigestInput articles(List<BatchRequest.Article> given) {
        if (given.isEmpty()) {
            throw new InputException(
                    "\"articles\" is empty: a digest needs 1 to " + config.digestMaxArticles() + " articles");
        }
        requireAtMost(given.size(), "the request has ");
        List<ArticleInput> inputs = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            inputs.add(BatchRequest.Article.input(given.get(i), "articles[" + i + "]", config.maxArticleChars()));
        }
        DigestInput input = warta.digestInput(JobIds.assign(inputs)); // ids as a batch job gives them
        if (!input.problems().isEmpty()) {
            throw new InputException("cannot read every article: " + String.join("; ", input.problems()));
        }
        return input;
    }

    private DigestInput batch(String id) {
        try {
            JobStatus status = jobs.status(id);
            JobState state = status.job().state();
            if (state.unfinished()) {
                throw new ClientErrorException(
                        "batch job " + id + " is " + state.id() + "; ask for its digest once it is done",
                        Response.Status.CONFLICT);
            }
            if (status.done() > config.digestMaxBatchArticles()) { // before any source is read again
                throw new TooLargeException("a batch job's digest may hold at most " + config.digestMaxBatchArticles()
                        + " articles; the batch job has " + status.done()
                        + " done articles (warta.digest-max-batch-articles)");
            }
            DigestInput input = readJob(id);
            if (input.size() == 0) {
                throw new InputException("batch job " + id + " has no done article to digest"
                        + (input.problems().isEmpty() ? "" : ": " + String.join("; ", input.problems())));
            }
            return input;
        } catch (UnknownJobException e) {
            throw new NotFoundException("there is no batch job " + id);
        }
    }

    /** The job's done articles; a job that never wrote any output has none (the reason would name server paths). */
    private DigestInput readJob(String id) {
        try {
            return warta.digestInput(jobs.outputDir(id));
        } catch (InputException e) {
            throw new InputException("batch job " + id + " has no done article to digest", e);
        }
    }

    private void requireAtMost(int size, String what) { // articles given in the request
        if (size > config.digestMaxArticles()) {
            throw new TooLargeException("a digest may hold at most " + config.digestMaxArticles() + " articles; " + what
                    + size + " (warta.digest-max-articles)");
        }
    }

    /**
     * A digest as the server answers it: the rendering, and the articles left out of it (a batch
     * job's done article whose source can no longer be read, say).
     *
     * @param body the digest in the format asked for
     * @param problems one line per article left out; empty when none was
     */
    public record Answer(String body, List<String> problems) {}

    /** The digest in {@code format}; JSON gets a {@code problems} list, markdown a section when there are any. */
    private String render(Digest digest, DigestFormat format, List<String> left) {
        return switch (format) {
            case JSON -> json(digest, left).toString();
            case MARKDOWN -> DigestWriter.render(digest, format) + leftOut(left);
            case HTML -> DigestWriter.render(digest, format);
        };
    }

    private static String leftOut(List<String> left) {
        if (left.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n## Left out\n\n");
        left.forEach(line -> text.append("- ").append(line).append('\n'));
        return text.toString();
    }

    private ObjectNode json(Digest digest, List<String> left) {
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(DigestWriter.render(digest, DigestFormat.JSON));
            node.set("problems", mapper.valueToTree(left));
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the digest's JSON cannot be read back", e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}

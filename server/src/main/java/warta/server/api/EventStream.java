package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import warta.core.WartaException;
import warta.core.process.ProcessListener;
import warta.server.problem.Problem;

/**
 * One article's Server-Sent Events: {@code progress} for each stage and each translated chunk,
 * {@code paragraph} for each paragraph whose translation is complete, and last either
 * {@code result} (the result document) or {@code error} (a problem); then the stream is closed.
 * Every event's data is one line of JSON. Events are written in the order they are sent, whatever
 * thread sends them (the chunks of an article are translated concurrently). When the client has
 * gone, {@link #whenGone} runs once, so that the work can be cancelled. Thread-safe.
 */
final class EventStream implements ProcessListener {

    private final SseEventSink sink;
    private final Sse sse;
    private final ObjectMapper mapper;
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    private CompletionStage<?> last = CompletableFuture.completedFuture(null);
    private boolean finished;

    EventStream(SseEventSink sink, Sse sse, ObjectMapper mapper) {
        this.sink = sink;
        this.sse = sse;
        this.mapper = mapper;
    }

    /** Runs {@code action} once the client has disconnected (seen when an event cannot be sent). */
    void whenGone(Runnable action) {
        gone.thenRun(action);
    }

    @Override
    public void stage(String name) {
        send("progress", Map.of("stage", name));
    }

    @Override
    public void chunkFinished(int index, int total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stage", "translate");
        data.put("chunk", index);
        data.put("chunks", total);
        send("progress", data);
    }

    @Override
    public void paragraphTranslated(int index, String english) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("index", index);
        data.put("text", english);
        send("paragraph", data);
    }

    /** Sends the result document and closes the stream. */
    void result(Object document) {
        finish("result", document);
    }

    /** Sends the problem and closes the stream. */
    void error(Problem problem) {
        finish("error", problem);
    }

    private synchronized void finish(String name, Object data) {
        send(name, data);
        finished = true;
        last.whenComplete((ignored, error) -> sink.close());
    }

    private synchronized void send(String name, Object data) {
        if (finished) {
            return;
        }
        if (sink.isClosed()) {
            gone.complete(null);
            return;
        }
        String json = json(data);
        last = last.thenCompose(ignored -> sink.send(sse.newEventBuilder().name(name).data(json).build()))
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        gone.complete(null);
                    }
                });
    }

    private String json(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new WartaException("cannot write a " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

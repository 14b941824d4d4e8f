package warta.core.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import warta.core.error.WartaException;

/**
 * A worker's metrics over HTTP for Prometheus: {@code GET /metrics} answers {@link
 * WorkerMetrics#prometheus} ({@code text/plain; version=0.0.4}); any other path is 404, any other
 * method 405. The JDK's own HTTP server on one daemon thread: nothing to configure, nothing
 * shared with the worker but its {@link WorkerStats}. Serves from {@link #start} until {@link
 * #close}.
 */
public final class WorkerMetricsServer implements AutoCloseable {

    static final String PATH = "/metrics";
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private WorkerMetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code address} and serves {@code stats}.
     *
     * @throws WartaException when the address cannot be bound (in use, not this machine's), naming it
     */
    public static WorkerMetricsServer start(MetricsAddress address, WorkerStats stats) {
        Objects.requireNonNull(stats, "stats");
        return start(address, () -> stats);
    }

    /**
     * Binds {@code address} and serves the stats {@code stats} gives at each scrape: for a host
     * that binds before its worker is made (so that a port in use is told before a model loads).
     *
     * @throws WartaException when the address cannot be bound (in use, not this machine's), naming it
     */
    public static WorkerMetricsServer start(MetricsAddress address, Supplier<WorkerStats> stats) {
        Objects.requireNonNull(stats, "stats");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address.host(), address.port()), 0);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new WartaException(
                    "cannot serve metrics on " + address.host() + ":" + address.port() + ": " + why, e);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("warta-metrics").factory());
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, stats));
        server.start();
        return new WorkerMetricsServer(server, executor);
    }

    private static void answer(HttpExchange exchange, Supplier<WorkerStats> stats) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = WorkerMetrics.prometheus(stats.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The port it listens on (the one chosen when asked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Where Prometheus scrapes it: {@code http://HOST:PORT/metrics}. */
    public String url() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + PATH;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

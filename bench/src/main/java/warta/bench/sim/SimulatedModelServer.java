package warta.bench.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat server with no model behind it, for benchmarks and fault tests. It
 * answers {@code POST /v1/chat/completions} with output that passes Warta's checks (numbered
 * English paragraphs for a translation, a summary JSON object for a summary), lists one model,
 * {@value #MODEL}, at {@code GET /v1/models}, and answers anything else with an OpenAI-style 404.
 *
 * <p>Behaviour, all set with the {@link #builder()}: a latency per request plus one per output
 * token before each answer; a concurrency cap, beyond which a request is answered at once with 429
 * and {@code Retry-After}; and injected faults drawn per admitted request from one {@code Random}
 * seeded with {@code seed}, so a sequential client sees the same faults on every run: 429, 500, a
 * hang (no answer until {@code hangFor} has passed, then the connection is dropped) and a
 * truncated body (the full {@code Content-Length}, half the bytes, then the connection is dropped).
 * Token counts are rough: characters / 4, rounded up.
 *
 * <p>Binds 127.0.0.1 only. Each request runs on its own virtual thread, so hung requests do not
 * starve others. Thread-safe: {@link #stats()} may be read while requests run. {@link #close()}
 * stops the server, drops open connections and ends hung requests; it may be called more than once.
 */
public final class SimulatedModelServer implements AutoCloseable {

    /** The one model the server lists; requests may name any model and get it echoed. */
    public static final String MODEL = "simulated";

    private final Settings settings;
    private final Counters counters = new Counters();
    private final SlotContext slots;
    private HttpServer server;
    private ExecutorService executor;

    private SimulatedModelServer(Settings settings) {
        this.settings = settings;
        this.slots = settings.slotContext();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 on the configured port (0: any free one) and starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized SimulatedModelServer start() {
        if (server != null) {
            throw new IllegalStateException("the server is already started at " + baseUrl());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + settings.port() + ": " + e.getMessage(), e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", new Router(new ChatHandler(settings, counters, slots), slots));
        server.start();
        return this;
    }

    /** {@code http://127.0.0.1:PORT/v1}, the base URL an OpenAI client takes. */
    public synchronized String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the server is not started");
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The counters so far. */
    public Stats stats() {
        return counters.snapshot();
    }

    /**
     * What the llama-server mode saw of its context: truncated prompts, overflows, tokenize calls.
     *
     * @throws IllegalStateException when the server is not in llama-server mode
     */
    public ContextStats contextStats() {
        if (slots == null) {
            throw new IllegalStateException("not in llama-server mode; see Builder.llamaServer");
        }
        return slots.stats();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /**
     * Runs a server until Ctrl-C: prints its base URL, and on exit the stats, to stdout. Options:
     * see {@link ServerOptions}. Exit codes: 2 on a usage error, 1 when the port cannot be bound.
     */
    public static void main(String[] args) throws InterruptedException {
        SimulatedModelServer server;
        try {
            server = ServerOptions.parse(args).build();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            server.start();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        serveUntilShutdown(server, System.out);
    }

    private static void serveUntilShutdown(SimulatedModelServer server, PrintStream out) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("stats: " + server.stats());
            out.flush();
            stopped.countDown();
        }));
        out.println("simulated model server at " + server.baseUrl() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
    }

    /**
     * The server's settings. Defaults: no latency, no cap, {@code Retry-After: 1}, no faults,
     * hangs of 10 minutes (longer than any sensible client timeout), seed 0, port 0. Not thread-safe.
     */
    public static final class Builder {

        private Duration latencyPerRequest = Duration.ZERO;
        private Duration latencyPerOutputToken = Duration.ZERO;
        private int concurrencyCap;
        private int retryAfterSeconds = 1;
        private double rate429;
        private double rate500;
        private double rateHang;
        private double rateTruncated;
        private Duration hangFor = Duration.ofMinutes(10);
        private long seed;
        private int port;
        private int contextPerSlot;
        private int slots = 1;

        private Builder() {}

        /** Slept before every answer, whatever its length. */
        public Builder latencyPerRequest(Duration latency) {
            this.latencyPerRequest = latency;
            return this;
        }

        /** Slept per rough output token of the answer, on top of the latency per request. */
        public Builder latencyPerOutputToken(Duration latency) {
            this.latencyPerOutputToken = latency;
            return this;
        }

        /** The most requests in flight at once; more get 429 at once. 0: no cap. */
        public Builder concurrencyCap(int cap) {
            this.concurrencyCap = cap;
            return this;
        }

        /** The {@code Retry-After} seconds sent with every 429. */
        public Builder retryAfterSeconds(int seconds) {
            this.retryAfterSeconds = seconds;
            return this;
        }

        /** The share of admitted requests answered with an injected 429, 0 to 1. */
        public Builder rate429(double rate) {
            this.rate429 = rate;
            return this;
        }

        /** The share of admitted requests answered with an injected 500, 0 to 1. */
        public Builder rate500(double rate) {
            this.rate500 = rate;
            return this;
        }

        /** The share of admitted requests that hang for {@link #hangFor(Duration)}, 0 to 1. */
        public Builder rateHang(double rate) {
            this.rateHang = rate;
            return this;
        }

        /** The share of admitted requests whose answer is cut off halfway, 0 to 1. */
        public Builder rateTruncated(double rate) {
            this.rateTruncated = rate;
            return this;
        }

        /** How long a hung request holds its connection before it is dropped. */
        public Builder hangFor(Duration hangFor) {
            this.hangFor = hangFor;
            return this;
        }

        /** The seed of the random source the faults are drawn from. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The port to bind on 127.0.0.1; 0 for any free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Behaves like {@code llama-server -c (contextPerSlot * slots) -np slots}: answers
         * {@code GET /props} ({@code default_generation_settings.n_ctx}, {@code total_slots}) and
         * {@code POST /tokenize} (one token per 3 characters), queues requests beyond the slots,
         * and cuts a prompt longer than a slot silently, counting it ({@link #contextStats()}).
         */
        public Builder llamaServer(int contextPerSlot, int slots) {
            this.contextPerSlot = contextPerSlot;
            this.slots = slots;
            return this;
        }

        /**
         * A server with these settings, not yet started.
         *
         * @throws IllegalArgumentException naming the first setting out of range (negative latency,
         *                                  a rate outside 0..1, rates summing to more than 1, ...)
         */
        public SimulatedModelServer build() {
            return new SimulatedModelServer(new Settings(
                    latencyPerRequest,
                    latencyPerOutputToken,
                    concurrencyCap,
                    retryAfterSeconds,
                    rate429,
                    rate500,
                    rateHang,
                    rateTruncated,
                    hangFor,
                    seed,
                    port,
                    contextPerSlot,
                    slots));
        }

        /** {@link #build()} then {@link SimulatedModelServer#start()}. */
        public SimulatedModelServer start() {
            return build().start();
        }
    }
}

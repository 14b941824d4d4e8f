package warta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import warta.bench.sim.SimulatedModelServer;
import warta.bench.sim.Stats;
import warta.core.Warta;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.Task;

/**
 * Batch throughput and fault tolerance against the simulated model server: the first N articles
 * of a JSON Lines file (fields {@code id}, {@code text}) are translated and summarized into a
 * temporary folder at {@code --concurrency C} against a server with latency L and cap C. Prints
 * the wall time against the ideal (the latency the server slept for answered requests, divided
 * by C). A short warm-up batch (the last few of those articles, into a folder of its own) runs
 * first and is not counted.
 *
 * <p>With {@code --storm}, the same batch on a clean server, then {@code --runs} times (seeds
 * {@code --seed}, {@code --seed + 1}, ...) under a storm of 20% 429s, 10% 500s and 5% hung requests
 * ({@link StormBench}): whether every article ends as on the clean server, and the requests
 * against the clean run's.
 *
 * <pre>java -cp bench/target/warta-bench.jar warta.bench.BatchBench DATA.jsonl [--articles N] [--latency MS] [--cap C]
 *     [--storm [--runs K] [--seed S] [--hang-for MS]]</pre>
 */
public final class BatchBench {

    /** Articles run first, into a folder of their own, so that class loading and JIT are not timed. */
    private static final int WARM_UP = 8;

    private static final int HEAP_EVERY = 1000;

    private BatchBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BatchBench DATA.jsonl [--articles N] [--latency MS] [--cap C]"
                    + " [--storm [--runs K] [--seed S] [--hang-for MS]]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int articles = intOption(args, "--articles", 50);
        int latency = intOption(args, "--latency", 200);
        int cap = intOption(args, "--cap", 4);
        Path subset = Files.createTempFile("warta-bench", ".jsonl");
        Files.write(subset, Files.readAllLines(data).stream().limit(articles).toList());
        Duration timeout = Duration.ofMillis(Math.max(2_000, latency * 10L));
        if (List.of(args).contains("--storm")) {
            Duration hangFor = Duration.ofMillis(intOption(args, "--hang-for", (int) timeout.toMillis()));
            StormBench bench = new StormBench(
                    subset,
                    Files.createTempDirectory("warta-storm"),
                    Duration.ofMillis(latency),
                    cap,
                    timeout,
                    hangFor);
            storm(bench, intOption(args, "--runs", 5), intOption(args, "--seed", 1));
            return;
        }
        Path warmUp = Files.createTempFile("warta-bench-warm-up", ".jsonl");
        Files.write(
                warmUp,
                Files.readAllLines(data).stream()
                        .skip(Math.max(0, articles - WARM_UP))
                        .toList());
        Path out = Files.createTempDirectory("warta-bench-out");
        try (SimulatedModelServer server = SimulatedModelServer.builder()
                .latencyPerRequest(Duration.ofMillis(latency))
                .concurrencyCap(cap)
                .start()) {
            ModelConfig config = ModelConfig.builder()
                    .provider(Provider.OPENAI)
                    .baseUrl(server.baseUrl())
                    .model(SimulatedModelServer.MODEL)
                    .concurrency(cap)
                    .timeout(timeout)
                    .build();
            run(config, warmUp, Files.createTempDirectory("warta-bench-warm-up"), cap);
            Stats before = server.stats();
            BatchReport report = run(config, subset, out, cap);
            print(report, Stats.since(server.stats(), before), cap, articles, latency);
        }
    }

    /** The clean run (twice: the first warms up), then each storm, each compared with the clean run. */
    private static void storm(StormBench bench, int runs, int seed) throws IOException {
        bench.clean();
        StormBench.Run clean = bench.clean();
        System.out.println("clean: " + clean.describe());
        for (int i = 0; i < runs; i++) {
            StormBench.Run storm = bench.storm(seed + i);
            System.out.printf(
                    Locale.ROOT,
                    "storm, seed %d: %s; ends as clean: %s; requests %.2f x clean%n",
                    seed + i,
                    storm.describe(),
                    storm.endsAs(clean),
                    storm.requestsAgainst(clean));
            storm.report().failures().forEach(f -> System.out.println("  failed " + f.id() + ": " + f.reason()));
        }
    }

    /** One batch through Warta's front door, as {@code warta batch} runs it (limiter inside the retries). */
    private static BatchReport run(ModelConfig config, Path subset, Path out, int cap) {
        Warta warta = Warta.builder(config).build();
        BatchOptions options = new BatchOptions(out, EnumSet.allOf(Task.class), false, false, false, cap);
        try (BatchRunner runner = warta.batch(options)) {
            return runner.run(warta.items(List.of(subset.toString()), System.in), new HeapWatch(), () -> false);
        }
    }

    private static void print(BatchReport r, Stats s, int cap, int articles, int latency) {
        double wall = r.wallTime().toMillis() / 1000.0;
        double ideal = s.simulatedLatencyMillis() / 1000.0 / cap;
        System.out.printf(
                Locale.ROOT, "articles %d, latency %d ms, cap %d, concurrency %d%n", articles, latency, cap, cap);
        System.out.printf(
                Locale.ROOT,
                "processed %d, failed %d; requests %d, answered %d, 429 %d, 500 %d, hung %d, truncated %d"
                        + ", max in flight %d%n",
                r.processed(),
                r.failed(),
                s.requests(),
                s.answered(),
                s.rateLimited(),
                s.serverErrors(),
                s.hung(),
                s.truncated(),
                s.maxConcurrent());
        System.out.printf(
                Locale.ROOT,
                "wall %.2f s, ideal %.2f s (answered latency / cap), ratio %.3f; attempts per answer %.2f%n",
                wall,
                ideal,
                wall / ideal,
                (double) s.requests() / Math.max(1, s.answered()));
        r.failures().forEach(f -> System.out.println("failed " + f.id() + ": " + f.reason()));
    }

    /** Prints the heap in use after a collection every {@value #HEAP_EVERY} articles, to show it stays flat. */
    private static final class HeapWatch implements BatchListener {
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void finished(warta.core.batch.ItemOutcome outcome) {
            int n = done.incrementAndGet();
            if (n % HEAP_EVERY == 0) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(
                        Locale.ROOT,
                        "after %d articles: heap in use %.1f MB%n",
                        n,
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
            }
        }
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}

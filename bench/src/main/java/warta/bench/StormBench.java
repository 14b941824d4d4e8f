package warta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import warta.bench.sim.SimulatedModelServer;
import warta.bench.sim.Stats;
import warta.core.Warta;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.batch.ItemOutcome;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.Task;

/**
 * A batch under a provider storm against the same batch on a clean provider: the simulated
 * server answers 20% of admitted requests with 429, 10% with 500 and lets 5% hang, the rest
 * normally. Warta runs with its default retries and article time budget, and a request timeout
 * of {@code timeout}; a hang holds its server slot for {@code hangFor} (as long as the client waits,
 * for a server that notices a closed connection; longer for one that does not). The storm is met
 * when every article ends as it does on the clean provider, with at most twice the requests.
 * Each run has a fresh server and output folder, so nothing is answered from an earlier run.
 */
final class StormBench {

    static final double RATE_429 = 0.20;
    static final double RATE_500 = 0.10;
    static final double RATE_HANG = 0.05;

    private final Path articles;
    private final Path workDir;
    private final Duration latency;
    private final int cap;
    private final Duration timeout;
    private final Duration hangFor;

    /**
     * @param articles a JSON Lines file of the articles to run
     * @param workDir  where each run's output folder is made
     * @param latency  the simulated latency of one answer
     * @param cap      the server's concurrency cap and Warta's concurrency
     * @param timeout  Warta's timeout of one request
     * @param hangFor  how long a hung request holds its server slot
     */
    StormBench(Path articles, Path workDir, Duration latency, int cap, Duration timeout, Duration hangFor) {
        this.articles = articles;
        this.workDir = workDir;
        this.latency = latency;
        this.cap = cap;
        this.timeout = timeout;
        this.hangFor = hangFor;
    }

    /** One batch on a server without faults. */
    Run clean() throws IOException {
        return run(server());
    }

    /** One batch on a server with the storm's faults drawn from {@code seed}. */
    Run storm(long seed) throws IOException {
        return run(server().rate429(RATE_429)
                .rate500(RATE_500)
                .rateHang(RATE_HANG)
                .hangFor(hangFor)
                .seed(seed));
    }

    private SimulatedModelServer.Builder server() {
        return SimulatedModelServer.builder().latencyPerRequest(latency).concurrencyCap(cap);
    }

    private Run run(SimulatedModelServer.Builder builder) throws IOException {
        Path out = Files.createTempDirectory(workDir, "out");
        try (SimulatedModelServer server = builder.start()) {
            ModelConfig config = ModelConfig.builder()
                    .provider(Provider.OPENAI)
                    .baseUrl(server.baseUrl())
                    .model(SimulatedModelServer.MODEL)
                    .concurrency(cap)
                    .timeout(timeout)
                    .build();
            Warta warta = Warta.builder(config).build();
            BatchOptions options = new BatchOptions(out, EnumSet.allOf(Task.class), false, false, false, cap);
            try (BatchRunner runner = warta.batch(options)) {
                BatchReport report = runner.run(
                        warta.items(List.of(articles.toString()), System.in), BatchListener.NONE, () -> false);
                return new Run(report, server.stats());
            }
        }
    }

    /**
     * What one batch did: Warta's report and the server's counts.
     *
     * @param report the batch report
     * @param stats  the server's counts of the run
     */
    record Run(BatchReport report, Stats stats) {

        /** The articles that failed, each with its reason. */
        Map<String, String> failed() {
            return report.failures().stream().collect(Collectors.toMap(ItemOutcome::id, ItemOutcome::reason));
        }

        /** Whether every article ended as in {@code clean}: the same done, the same failed for the same reason. */
        boolean endsAs(Run clean) {
            return report.processed() == clean.report.processed() && failed().equals(clean.failed());
        }

        /** This run's requests as a multiple of {@code clean}'s. */
        double requestsAgainst(Run clean) {
            return (double) stats.requests() / clean.stats.requests();
        }

        /** One line of figures. */
        String describe() {
            return String.format(
                    Locale.ROOT,
                    "processed %d, failed %d, retried at the end %d; requests %d, answered %d, 429 %d, 500 %d,"
                            + " hung %d; wall %.1f s",
                    report.processed(),
                    report.failed(),
                    report.retriedAtEnd(),
                    stats.requests(),
                    stats.answered(),
                    stats.rateLimited(),
                    stats.serverErrors(),
                    stats.hung(),
                    report.wallTime().toMillis() / 1000.0);
        }
    }
}

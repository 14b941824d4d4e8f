package warta.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A small closed-loop load generator for the server: C clients send requests back to back for
 * D seconds, first to {@code GET /q/health/live}, then to {@code POST /v1/summaries} with an
 * article as {@code text/plain}, and report requests per second, p50 and p99 latency and
 * non-2xx answers for each. With {@code --pid} it also reports the server's resident memory
 * (VmRSS) before, between and after.
 *
 * <pre>java -cp bench/target/warta-bench.jar warta.bench.LoadBench BASE_URL ARTICLE.txt [--seconds D] [--clients C] [--pid PID]</pre>
 */
public final class LoadBench {

    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LoadBench BASE_URL ARTICLE.txt [--seconds D] [--clients C] [--pid PID]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        String article = Files.readString(Path.of(args[1]));
        int seconds = option(args, "--seconds", 15);
        int clients = option(args, "--clients", 8);
        int pid = option(args, "--pid", 0);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        rss(pid, "idle");
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/q/health/live"))
                .GET()
                .build();
        HttpRequest summary = HttpRequest.newBuilder(URI.create(base + "/v1/summaries"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(article))
                .build();
        run(client, summary, clients, 3, "warm-up");
        report("GET /q/health/live", run(client, health, clients, seconds, null), seconds);
        rss(pid, "after health load");
        report("POST /v1/summaries", run(client, summary, clients, seconds, null), seconds);
        rss(pid, "after summaries load");
    }

    /** Latencies in microseconds of every request made, and how many were not 2xx. */
    private record Result(long[] micros, int failures) {}

    private static Result run(HttpClient client, HttpRequest request, int clients, int seconds, String label)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> loop(client, request, end)));
        }
        List<long[]> all = new ArrayList<>();
        int failures = 0;
        for (Future<Result> f : futures) {
            all.add(f.get().micros());
            failures += f.get().failures();
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (label != null) {
            System.out.printf(Locale.ROOT, "%s: %d requests%n", label, merged.length);
        }
        return new Result(merged, failures);
    }

    private static Result loop(HttpClient client, HttpRequest request, long end)
            throws IOException, InterruptedException {
        List<Long> micros = new ArrayList<>();
        int failures = 0;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            micros.add((System.nanoTime() - start) / 1_000);
            if (response.statusCode() / 100 != 2) {
                failures++;
            }
        }
        return new Result(micros.stream().mapToLong(Long::longValue).toArray(), failures);
    }

    private static void report(String name, Result r, int seconds) {
        long[] m = r.micros();
        System.out.printf(
                Locale.ROOT,
                "%-20s %8.1f req/s   p50 %7.2f ms   p99 %7.2f ms   non-2xx %d of %d%n",
                name,
                m.length / (double) seconds,
                percentile(m, 0.50) / 1000.0,
                percentile(m, 0.99) / 1000.0,
                r.failures(),
                m.length);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void rss(int pid, String when) throws IOException {
        if (pid <= 0) {
            return;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                System.out.printf(
                        Locale.ROOT,
                        "server RSS %s: %s%n",
                        when,
                        line.substring(6).strip());
            }
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}

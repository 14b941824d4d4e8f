package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.bench.sim.SimulatedModelServer;
import warta.core.testing.TestBroker;

/**
 * {@code warta worker} in a child JVM (the real {@code warta} main) against a broker in this JVM
 * ({@link TestBroker}) and the simulated model server, slow enough that articles are in flight:
 * SIGTERM makes it finish them, commit them and exit 0 within seconds; a second worker then does
 * the rest, and asks the model nothing for the articles the first finished. Both serve their
 * metrics, which say what they did.
 */
class WorkerShutdownTest {

    private static final int ARTICLES = 10;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern METRICS_URL = Pattern.compile("warta: metrics at (http://\\S+/metrics)");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_finish_and_commit_the_articles_in_flight_on_sigterm_and_exit_0_then_leave_the_rest_to_the_next()
            throws Exception {
        try (TestBroker broker = TestBroker.start(Files.createDirectories(dir.resolve("broker")));
                SimulatedModelServer server = SimulatedModelServer.builder()
                        .latencyPerRequest(Duration.ofMillis(800))
                        .start()) {
            broker.createTopics(1, "warta.articles", "warta.results", "warta.failed");
            List<String> ids = publish(broker);

            Path firstLog = dir.resolve("first.log");
            Process first = worker(broker, server, firstLog);
            String firstMetrics = metricsUrl(firstLog, first);
            results(broker, read -> read.size() >= 2, first);
            awaitInFlight(server, first);
            long answeredAtSignal = server.stats().answered();
            // the worker counts a result once the brokers acknowledged it, which may be after this test reads it
            String before = scrapeUntil(firstMetrics, text -> value(text, "warta_worker_results_produced_total") >= 1);

            long sent = System.nanoTime();
            first.destroy(); // SIGTERM
            boolean ended = first.waitFor(30, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            if (!ended) {
                first.destroyForcibly().waitFor();
            }
            String log = Files.readString(firstLog);
            assertThat(ended).as("ended within 30 s of SIGTERM: " + log).isTrue();
            assertThat(first.exitValue()).as(log).isZero();
            assertThat(took).as(log).isLessThan(Duration.ofSeconds(15));
            long committed = committed(broker);
            Set<String> finished = results(broker, read -> true, null);
            long firstRequests = server.stats().requests();

            assertThat(value(before, "warta_worker_results_produced_total")).isPositive();
            assertThat(server.stats().answered())
                    .as("the requests in flight at the signal were answered")
                    .isGreaterThan(answeredAtSignal)
                    .isEqualTo(firstRequests);
            assertThat(committed).as("some left for the next worker").isBetween(2L, ARTICLES - 1L);
            assertThat(finished)
                    .as("finished exactly the records committed: the others released")
                    .containsExactlyInAnyOrderElementsOf(ids.subList(0, (int) committed));
            assertThat(firstRequests % committed)
                    .as("the same requests for each article")
                    .isZero();
            long perArticle = firstRequests / committed;

            Path secondLog = dir.resolve("second.log");
            Process second = worker(broker, server, secondLog);
            String secondMetrics = metricsUrl(secondLog, second);
            Set<String> all = results(broker, read -> read.containsAll(ids), second);
            long left = ARTICLES - committed;
            String after = scrapeUntil(
                    secondMetrics,
                    text -> value(text, "warta_worker_results_produced_total") == left
                            && value(text, "warta_worker_records_in_flight") == 0
                            && text.contains("warta_worker_lag{partition=\"0\",topic=\"warta.articles\"} 0\n"));
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(second.exitValue()).as(Files.readString(secondLog)).isZero();
            assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(server.stats().requests() - firstRequests)
                    .as("no request asked again for the finished articles")
                    .isEqualTo(perArticle * left);
            assertThat(value(after, "warta_worker_records_consumed_total")).isEqualTo(left);
            assertThat(value(after, "warta_worker_results_cached_total")).isZero();
            assertThat(value(after, "warta_worker_failures_produced_total")).isZero();
            assertThat(value(after, "warta_worker_records_in_flight")).isZero();
            assertThat(committed(broker)).isEqualTo(ARTICLES);
        }
    }

    private List<String> publish(TestBroker broker) {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 1; i <= ARTICLES; i++) {
                String id = "berita-%02d".formatted(i);
                String text = "Pemerintah daerah " + i + " menyiapkan anggaran Rp" + i
                        + " miliar untuk memperbaiki jalan desa. Pekerjaan dimulai bulan depan.\n\n"
                        + "Warga di kecamatan nomor " + (i * 7) + " menyambut rencana itu dengan gembira.";
                producer.send(new ProducerRecord<>(
                        "warta.articles",
                        id,
                        json.createObjectNode().put("id", id).put("text", text).toString()));
                ids.add(id);
            }
            producer.flush();
        }
        return ids;
    }

    private Process worker(TestBroker broker, SimulatedModelServer server, Path log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "warta.cli.Main",
                "worker",
                "--bootstrap-servers",
                broker.bootstrapServers(),
                "--provider",
                "openai",
                "--base-url",
                server.baseUrl(),
                "--model",
                SimulatedModelServer.MODEL,
                "--concurrency",
                "2",
                "--grace",
                "30",
                "--metrics-port",
                "0");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString()); // shared by both
        builder.environment().keySet().removeIf(key -> key.startsWith("WARTA_") || key.equals("OPENAI_API_KEY"));
        return builder.start();
    }

    private static String metricsUrl(Path log, Process process) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            Matcher matcher = METRICS_URL.matcher(Files.readString(log));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no metrics endpoint: " + Files.readString(log));
    }

    private static void awaitInFlight(SimulatedModelServer server, Process process) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            if (server.stats().requests() > server.stats().answered()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no request in flight");
    }

    /** The keys on the results topic, read from its beginning until {@code done} holds of them (or the process ends). */
    private static Set<String> results(TestBroker broker, Predicate<Set<String>> done, Process process) {
        Set<String> keys = new LinkedHashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("warta.results", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long endOffset = consumer.endOffsets(List.of(partition)).get(partition);
            long end = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < end
                    && (process == null ? consumer.position(partition) < endOffset : !done.test(keys))) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> keys.add(r.key()));
                if (process != null && !process.isAlive()) {
                    break;
                }
            }
        }
        return keys;
    }

    private static long committed(TestBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets("warta")
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .get(new TopicPartition("warta.articles", 0));
            return offset == null ? 0 : offset.offset();
        }
    }

    private String scrape(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private String scrapeUntil(String url, Predicate<String> done) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        String text = scrape(url);
        while (!done.test(text) && System.nanoTime() < end) {
            Thread.sleep(50);
            text = scrape(url);
        }
        return text;
    }

    /** A sample's value in the Prometheus text; -1 when it is absent. */
    private static long value(String text, String sample) {
        Matcher matcher =
                Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\d+)$").matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}

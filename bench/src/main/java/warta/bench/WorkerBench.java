package warta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import warta.bench.sim.SimulatedModelServer;
import warta.bench.sim.Stats;
import warta.core.Warta;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.testing.TestBroker;
import warta.core.worker.KafkaWorker;
import warta.core.worker.WorkerSettings;

/**
 * Kafka workers' throughput against the simulated model server: a single-node broker in this JVM
 * ({@link TestBroker}), the first N articles of a JSON Lines file (fields {@code id},
 * {@code text}) published to a topic of 8 partitions once 1, 2, then 4 workers (each with
 * {@code --concurrency C}, in one group) have joined, timed from the first record published to the
 * last result or failure read back. The server has latency L per request and room for every
 * worker's requests. The ideal is the latency the server slept for answered requests divided by
 * workers × C. A short warm-up run (one worker) comes first and is not counted. No response cache:
 * every request reaches the server. All workers share this JVM and its cores.
 *
 * <pre>java -cp bench/target/warta-bench.jar warta.bench.WorkerBench DATA.jsonl [--articles N] [--latency MS]
 *     [--concurrency C] [--workers 1,2,4]</pre>
 */
public final class WorkerBench {

    private static final int PARTITIONS = 8;
    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkerBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: WorkerBench DATA.jsonl [--articles N] [--latency MS] [--concurrency C] [--workers 1,2,4]");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int articles = intOption(args, "--articles", 40);
        int latency = intOption(args, "--latency", 200);
        int concurrency = intOption(args, "--concurrency", 2);
        List<Integer> counts = List.of(option(args, "--workers", "1,2,4").split(",")).stream()
                .map(Integer::parseInt)
                .toList();
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
        Path dir = Files.createTempDirectory("warta-worker-bench");
        try (TestBroker broker = TestBroker.start(dir);
                SimulatedModelServer server = SimulatedModelServer.builder()
                        .latencyPerRequest(Duration.ofMillis(latency))
                        .concurrencyCap(most * concurrency)
                        .start()) {
            ModelConfig config = ModelConfig.builder()
                    .provider(Provider.OPENAI)
                    .baseUrl(server.baseUrl())
                    .model(SimulatedModelServer.MODEL)
                    .concurrency(concurrency)
                    .timeout(Duration.ofMillis(Math.max(2_000, latency * 10L)))
                    .build();
            run(broker, server, config, "warm-up", 1, lines.subList(0, Math.min(8, lines.size())));
            System.out.printf(
                    Locale.ROOT,
                    "articles %d, latency %d ms, concurrency %d per worker%n",
                    articles,
                    latency,
                    concurrency);
            for (int workers : counts) {
                run(broker, server, config, "w" + workers, workers, lines.subList(0, Math.min(articles, lines.size())));
            }
        }
        System.exit(0); // the broker's and the clients' threads would keep the JVM alive
    }

    private static void run(
            TestBroker broker,
            SimulatedModelServer server,
            ModelConfig config,
            String name,
            int workers,
            List<String> lines)
            throws Exception {
        broker.createTopics(PARTITIONS, name + ".articles");
        broker.createTopics(1, name + ".results", name + ".failed");
        WorkerSettings settings = WorkerSettings.builder(broker.bootstrapServers())
                .groupId(name)
                .topics(name + ".articles", name + ".results", name + ".failed")
                .concurrency(config.concurrency())
                .build();
        List<KafkaWorker> running = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            KafkaWorker worker = Warta.builder(config).build().worker(settings);
            running.add(worker);
            Thread thread = new Thread(worker::run, name + "-" + i);
            thread.start();
            threads.add(thread);
        }
        awaitStable(broker, name, workers);
        Stats before = server.stats();
        long start = System.nanoTime();
        Set<String> keys = publish(broker, name + ".articles", lines);
        int failed = awaitSettled(broker, name, keys);
        double wall = (System.nanoTime() - start) / 1e9;
        Stats s = Stats.since(server.stats(), before);
        running.forEach(KafkaWorker::stop);
        for (Thread thread : threads) {
            thread.join();
        }
        if (name.equals("warm-up")) {
            return;
        }
        double ideal = s.simulatedLatencyMillis() / 1000.0 / (workers * config.concurrency());
        System.out.printf(
                Locale.ROOT,
                "workers %d: %d articles (%d failed), %d requests, max in flight %d; wall %.2f s, ideal %.2f s,"
                        + " ratio %.3f; %.2f articles/s%n",
                workers,
                keys.size(),
                failed,
                s.requests(),
                s.maxConcurrent(),
                wall,
                ideal,
                wall / ideal,
                keys.size() / wall);
    }

    /** Waits until the group has every worker and has settled its assignment. */
    private static void awaitStable(TestBroker broker, String group, int workers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            long end = System.nanoTime() + LIMIT.toNanos();
            while (System.nanoTime() < end) {
                try {
                    ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                            .describedGroups()
                            .get(group)
                            .get();
                    if (description.groupState() == GroupState.STABLE
                            && description.members().size() == workers) {
                        return;
                    }
                } catch (ExecutionException e) {
                    // the group is made when its first member joins
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the group " + group + " never had " + workers + " members");
    }

    /** Publishes the lines keyed by their ids; returns the keys. */
    private static Set<String> publish(TestBroker broker, String topic, List<String> lines) throws IOException {
        Set<String> keys = new HashSet<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (String line : lines) {
                String id = JSON.readTree(line).get("id").asText();
                keys.add(id);
                producer.send(new ProducerRecord<>(topic, id, line));
            }
        }
        return keys;
    }

    /** Reads results and failures until every key has one; returns how many failed. */
    private static int awaitSettled(TestBroker broker, String name, Set<String> keys) {
        Set<String> settled = new HashSet<>();
        Set<String> failed = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions =
                    List.of(new TopicPartition(name + ".results", 0), new TopicPartition(name + ".failed", 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long end = System.nanoTime() + LIMIT.toNanos();
            while (!settled.containsAll(keys) && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(20)).forEach(r -> {
                    settled.add(r.key());
                    if (r.topic().endsWith(".failed")) {
                        failed.add(r.key());
                    }
                });
            }
        }
        if (!settled.containsAll(keys)) {
            throw new IllegalStateException((keys.size() - settled.size()) + " articles never settled");
        }
        return failed.size();
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, String.valueOf(fallback)));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

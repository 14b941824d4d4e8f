package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.model.RetryPolicy;
import warta.core.model.RetryingChatModel;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.testing.TestBroker;

/**
 * Workers against a real single-node Kafka in this JVM ({@link TestBroker}), with a stand-in
 * model that answers as a faithful translator would, slowly enough for records to be in flight.
 */
class KafkaWorkerBrokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    static Path brokerDir;

    static TestBroker broker;

    @TempDir
    Path dir;

    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .maxRetries(2)
            .concurrency(2)
            .build();

    @BeforeAll
    static void startBroker() {
        broker = TestBroker.start(brokerDir);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Every request it gets, and those started and not answered: the ones a killed worker leaves behind. */
    static final class SlowModel implements ChatModel {
        final ChatModel answers;
        final Duration latency;
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();

        SlowModel(ChatModel answers, Duration latency) {
            this.answers = answers;
            this.latency = latency;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            if (Thread.currentThread().isInterrupted()) { // a retry after the kill: never sent
                throw new ModelException(ModelException.Kind.TIMEOUT, "interrupted");
            }
            started.incrementAndGet();
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelException(ModelException.Kind.TIMEOUT, "interrupted");
            }
            ChatResponse response = answers.chat(request);
            answered.incrementAndGet();
            return response;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            return doChat(request);
        }

        int unanswered() {
            return started.get() - answered.get();
        }
    }

    static FakeModel faithful() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : FakeEnglish.SUMMARY);
    }

    private Warta warta(ChatModel raw) {
        return warta(raw, config);
    }

    private Warta warta(ChatModel raw, ModelConfig config) {
        RetryPolicy noWait = new RetryPolicy(
                2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1), millis -> {}, () -> 0.0);
        return Warta.builder(config)
                .models((c, inner, files) -> new RetryingChatModel(inner.apply(raw), c, noWait))
                .cache(dir.resolve("responses"), 1L << 30)
                .build();
    }

    private static WorkerSettings settings(String prefix, int concurrency) {
        return WorkerSettings.builder(broker.bootstrapServers())
                .groupId(prefix + "-group")
                .topics(prefix + ".articles", prefix + ".results", prefix + ".failed")
                .concurrency(concurrency)
                .grace(Duration.ofSeconds(10))
                .build();
    }

    static String article(int n) {
        return "Banjir merendam " + n + " rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid."
                + "\n\nPetugas mengerahkan " + (n % 7 + 2) + " perahu karet untuk mengevakuasi " + n + " warga.";
    }

    private static void produce(String topic, List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static String line(String id, String text) {
        return JSON.createObjectNode().put("id", id).put("text", text).toString();
    }

    /** Reads a topic from its beginning until {@code done} holds of what was read, or {@link #WAIT} passes. */
    private static List<ConsumerRecord<String, String>> read(
            String topic, Predicate<List<ConsumerRecord<String, String>>> done) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long end = System.nanoTime() + WAIT.toNanos();
            while (!done.test(read) && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
            }
        }
        return read;
    }

    /** Everything on a topic now. */
    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long end = System.nanoTime() + WAIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
            }
        }
        return read;
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        Set<String> keys = new HashSet<>();
        records.forEach(r -> keys.add(r.key()));
        return keys;
    }

    private static Thread running(KafkaWorker worker, List<Throwable> errors) {
        Thread thread = new Thread(() -> {
            try {
                worker.run();
            } catch (Throwable e) {
                errors.add(e);
            }
        });
        thread.start();
        return thread;
    }

    @Test
    void should_produce_every_result_when_a_worker_dies_halfway_and_ask_no_finished_request_again() throws Exception {
        broker.createTopics(4, "kill.articles");
        broker.createTopics(1, "kill.results", "kill.failed");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= 200; n++) {
            String id = "artikel-%03d".formatted(n);
            ids.add(id);
            records.add(new ProducerRecord<>("kill.articles", id, line(id, article(n))));
        }
        produce("kill.articles", records);
        FakeModel answers = faithful();
        SlowModel killedModel = new SlowModel(answers, Duration.ofMillis(10));
        SlowModel survivorModel = new SlowModel(answers, Duration.ofMillis(10));
        KafkaWorker killed = warta(killedModel).worker(settings("kill", 2));
        KafkaWorker survivor = warta(survivorModel).worker(settings("kill", 2));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread killedThread = running(killed, errors);
        // the worker that dies has done some work (however the group's first assignment falls), then the other joins
        read("kill.results", read -> !read.isEmpty());
        Thread survivorThread = running(survivor, errors);
        read("kill.results", read -> keys(read).size() >= 100);
        killed.halt();
        killedThread.join(WAIT.toMillis());
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (killedModel.unanswered() > 0 && killedModel.started.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(10); // the killed worker's requests end (interrupted) or are answered
        }
        int leftInFlight = killedModel.unanswered();
        List<ConsumerRecord<String, String>> results =
                read("kill.results", read -> keys(read).containsAll(ids));
        survivor.stop();
        survivorThread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(keys(results)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(killed.stats().produced()).isPositive();
        assertThat(survivor.stats().produced()).isPositive();
        for (ConsumerRecord<String, String> result : results) {
            JsonNode node = JSON.readTree(result.value());
            assertThat(node.get("id").asText()).isEqualTo(result.key());
            assertThat(result.headers().lastHeader(KafkaWorker.RESULT_KEY_HEADER))
                    .isNotNull();
        }
        List<ChatRequest> asked = answers.requests();
        Set<String> distinct = new HashSet<>();
        asked.forEach(r -> distinct.add(r.messages().toString()));
        int repeated = asked.size() - distinct.size();
        assertThat(repeated).as("requests asked again").isLessThanOrEqualTo(leftInFlight);
        assertThat(leftInFlight).isLessThanOrEqualTo(2); // the killed worker's --concurrency
        assertThat(readAll("kill.failed")).isEmpty();
    }

    @Test
    void should_send_poison_records_to_failed_and_go_on_with_the_partition_and_commit_after_the_results()
            throws Exception {
        broker.createTopics(1, "poison.articles", "poison.results", "poison.failed");
        produce(
                "poison.articles",
                List.of(
                        new ProducerRecord<>("poison.articles", "rusak", "{not json"),
                        new ProducerRecord<>("poison.articles", "satu", line("satu", article(1))),
                        new ProducerRecord<>("poison.articles", "kosong", line("kosong", " ")),
                        new ProducerRecord<>("poison.articles", "dua", line("dua", article(2))),
                        new ProducerRecord<>("poison.articles", "tiga/3", line("tiga/3", article(3)))));
        KafkaWorker worker = warta(faithful()).worker(settings("poison", 2));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        List<ConsumerRecord<String, String>> results = read("poison.results", read -> read.size() >= 3);
        List<ConsumerRecord<String, String>> failed = read("poison.failed", read -> read.size() >= 2);
        long end = System.nanoTime() + WAIT.toNanos();
        while (committed("poison-group", "poison.articles") < 5 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(keys(results)).as("under the records' own keys").containsExactlyInAnyOrder("satu", "dua", "tiga/3");
        assertThat(keys(failed)).containsExactlyInAnyOrder("rusak", "kosong");
        JsonNode bad = JSON.readTree(failed.stream()
                .filter(r -> r.key().equals("rusak"))
                .findFirst()
                .orElseThrow()
                .value());
        assertThat(bad.get("reason").asText()).startsWith("poison.articles-0@0: not valid JSON");
        assertThat(bad.get("offset").asLong()).isZero();
        assertThat(committed("poison-group", "poison.articles")).isEqualTo(5);
        assertThat(worker.stats().consumed()).isEqualTo(5);
        assertThat(worker.stats().produced()).isEqualTo(3);
        assertThat(worker.stats().failed()).isEqualTo(2);
    }

    @Test
    void should_send_a_result_over_the_producers_size_limit_to_failed_and_go_on() throws Exception {
        broker.createTopics(1, "large.articles", "large.results", "large.failed");
        StringBuilder longText = new StringBuilder();
        for (int n = 1; longText.length() < 24_000; n++) {
            longText.append(article(n)).append("\n\n");
        }
        produce(
                "large.articles",
                List.of(
                        new ProducerRecord<>("large.articles", "besar", line("besar", longText.toString())),
                        new ProducerRecord<>("large.articles", "kecil", line("kecil", article(1)))));
        WorkerSettings small = WorkerSettings.builder(broker.bootstrapServers())
                .groupId("large-group")
                .topics("large.articles", "large.results", "large.failed")
                .concurrency(2)
                .property("max.request.size", "20000")
                .build();
        KafkaWorker worker = warta(faithful()).worker(small);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        List<ConsumerRecord<String, String>> results = read("large.results", read -> !read.isEmpty());
        List<ConsumerRecord<String, String>> failed = read("large.failed", read -> !read.isEmpty());
        long end = System.nanoTime() + WAIT.toNanos();
        while (committed("large-group", "large.articles") < 2 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        boolean running = thread.isAlive();
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(running).as("still running after the large result").isTrue();
        assertThat(keys(results)).containsExactly("kecil");
        assertThat(keys(failed)).containsExactly("besar");
        assertThat(JSON.readTree(failed.getFirst().value()).get("reason").asText())
                .matches("the result is \\d+ bytes, over the producer's max.request.size \\(20000\\).*");
        assertThat(committed("large-group", "large.articles")).isEqualTo(2);
    }

    @Test
    void should_fail_a_record_whose_handling_throws_and_go_on_with_the_partition() throws Exception {
        broker.createTopics(1, "error.articles", "error.results", "error.failed");
        produce(
                "error.articles",
                List.of(
                        new ProducerRecord<>("error.articles", "satu", line("satu", article(1))),
                        new ProducerRecord<>("error.articles", "dua", line("dua", article(2)))));
        WorkerSettings settings = settings("error", 1);
        // no sources, no processor: every record throws where the handler parses it
        RecordHandler broken = new RecordHandler(null, null, config, Set.of(), SettingNames.FLAGS);
        KafkaWorker worker = new KafkaWorker(settings, broken, KafkaClients.of(settings));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        List<ConsumerRecord<String, String>> failed = read("error.failed", read -> read.size() >= 2);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (committed("error-group", "error.articles") < 2 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(keys(failed)).containsExactlyInAnyOrder("satu", "dua");
        assertThat(JSON.readTree(failed.getFirst().value()).get("reason").asText())
                .isEqualTo("unexpected error (see the worker's log)");
        assertThat(committed("error-group", "error.articles")).isEqualTo(2);
    }

    @Test
    void should_close_the_producer_and_word_the_error_when_the_consumer_cannot_be_made() {
        broker.createTopics(1, "noconsumer.articles", "noconsumer.results", "noconsumer.failed");
        WorkerSettings settings = settings("noconsumer", 1);
        KafkaClients standard = KafkaClients.of(settings);
        MockProducer<String, String> producer =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        RecordHandler handler = new RecordHandler(null, null, config, Set.of(), SettingNames.FLAGS);
        KafkaWorker refused = new KafkaWorker(settings, handler, new KafkaClients() {
            @Override
            public org.apache.kafka.clients.consumer.Consumer<String, String> consumer() {
                throw new ConfigException("sasl.jaas.config", "(hidden)", "no JAAS configuration");
            }

            @Override
            public org.apache.kafka.clients.producer.Producer<String, String> producer() {
                return producer;
            }

            @Override
            public Admin admin() {
                return standard.admin();
            }
        });

        assertThatThrownBy(refused::run)
                .isInstanceOf(BrokerException.class)
                .hasMessageStartingWith("Kafka at " + broker.bootstrapServers() + ": ")
                .hasMessageContaining("no JAAS configuration");
        assertThat(producer.closed()).isTrue();
    }

    /** The standard clients, with a consumer whose {@code n}th commit (from 1) first does {@code before.apply(n)}; false skips the commit. */
    private static KafkaClients committing(WorkerSettings settings, java.util.function.IntPredicate before) {
        KafkaClients standard = KafkaClients.of(settings);
        AtomicInteger commits = new AtomicInteger();
        return new KafkaClients() {
            @Override
            public org.apache.kafka.clients.consumer.Consumer<String, String> consumer() {
                return new KafkaConsumer<String, String>(KafkaClients.consumerProperties(settings)) {
                    @Override
                    public void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                        if (before.test(commits.incrementAndGet())) {
                            super.commitSync(offsets);
                        }
                    }
                };
            }

            @Override
            public org.apache.kafka.clients.producer.Producer<String, String> producer() {
                return standard.producer();
            }

            @Override
            public Admin admin() {
                return standard.admin();
            }
        };
    }

    @Test
    void should_commit_again_after_a_wakeup_and_go_on_when_the_group_moved_on() throws Exception {
        broker.createTopics(1, "wake.articles", "wake.results", "wake.failed");
        produce("wake.articles", List.of(new ProducerRecord<>("wake.articles", "satu", line("satu", article(1)))));
        WorkerSettings settings = settings("wake", 1);
        KafkaWorker worker = warta(faithful()).worker(settings, committing(settings, n -> switch (n) {
            case 1 -> throw new org.apache.kafka.common.errors.WakeupException();
            case 2 -> throw new org.apache.kafka.clients.consumer.CommitFailedException();
            default -> true;
        }));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        read("wake.results", read -> !read.isEmpty());
        Thread.sleep(300); // its commits: woken up, then refused (that offset is left to a redelivery)
        produce("wake.articles", List.of(new ProducerRecord<>("wake.articles", "dua", line("dua", article(2)))));
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (committed("wake-group", "wake.articles") < 2 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        boolean running = thread.isAlive();
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(running).isTrue();
        assertThat(keys(readAll("wake.results"))).containsExactlyInAnyOrder("satu", "dua");
        assertThat(committed("wake-group", "wake.articles")).isEqualTo(2);
    }

    @Test
    void should_commit_nothing_when_halted_during_a_commit() throws Exception {
        broker.createTopics(1, "halt.articles", "halt.results", "halt.failed");
        produce("halt.articles", List.of(new ProducerRecord<>("halt.articles", "satu", line("satu", article(1)))));
        WorkerSettings settings = settings("halt", 1);
        KafkaWorker[] worker = new KafkaWorker[1];
        worker[0] = warta(faithful()).worker(settings, committing(settings, n -> {
            worker[0].halt(); // as a wakeup landing on the commit would be
            throw new org.apache.kafka.common.errors.WakeupException();
        }));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker[0], errors);

        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(thread.isAlive()).isFalse();
        assertThat(keys(readAll("halt.results"))).containsExactly("satu");
        assertThat(committed("halt-group", "halt.articles")).isZero();
    }

    @Test
    void should_take_up_no_more_articles_than_its_bound_however_many_a_poll_returns() throws Exception {
        broker.createTopics(1, "bound.articles", "bound.results", "bound.failed");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            records.add(new ProducerRecord<>("bound.articles", "artikel-" + n, line("artikel-" + n, article(n))));
        }
        produce("bound.articles", records);
        WorkerSettings settings = WorkerSettings.builder(broker.bootstrapServers())
                .groupId("bound-group")
                .topics("bound.articles", "bound.results", "bound.failed")
                .concurrency(1) // 2 articles in flight
                .property("max.poll.records", "50")
                .build();
        SlowModel model = new SlowModel(faithful(), Duration.ofMillis(300));
        KafkaWorker worker = warta(model).worker(settings);
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        awaitStarted(model);
        Thread.sleep(200); // a few polls while the first articles are in flight
        long takenWhileBusy = worker.stats().consumed();
        List<ConsumerRecord<String, String>> results =
                read("bound.results", read -> keys(read).size() >= 8);
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(takenWhileBusy).isLessThanOrEqualTo(settings.maxInFlight());
        assertThat(keys(results)).hasSize(8);
    }

    private static long committed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, 0));
            return offset == null ? 0 : offset.offset();
        }
    }

    @Test
    void should_pause_on_a_rate_limit_and_try_the_record_again_instead_of_dropping_it() throws Exception {
        broker.createTopics(1, "limit.articles", "limit.results", "limit.failed");
        produce("limit.articles", List.of(new ProducerRecord<>("limit.articles", "satu", line("satu", article(1)))));
        FakeModel answers = faithful();
        AtomicInteger calls = new AtomicInteger();
        ChatModel limiting = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                if (calls.incrementAndGet() <= 2) { // a wait past the time budget: the worker's turn
                    throw new ModelException(
                            ModelException.Kind.RATE_LIMITED, "HTTP 429", null, Duration.ofMillis(700));
                }
                return answers.chat(request);
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return doChat(request);
            }
        };
        ModelConfig budget =
                config.toBuilder().articleTimeBudget(Duration.ofMillis(500)).build();
        KafkaWorker worker = warta(limiting, budget).worker(settings("limit", 1));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        List<ConsumerRecord<String, String>> results = read("limit.results", read -> !read.isEmpty());
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(keys(results)).containsExactly("satu");
        assertThat(worker.stats().pauses()).isPositive();
        assertThat(calls.get()).isGreaterThan(2);
        assertThat(worker.stats().failed()).isZero();
        assertThat(readAll("limit.failed")).isEmpty();
    }

    private static WorkerSettings graceful(String prefix, Duration grace) {
        return WorkerSettings.builder(broker.bootstrapServers())
                .groupId(prefix + "-group")
                .topics(prefix + ".articles", prefix + ".results", prefix + ".failed")
                .concurrency(1)
                .grace(grace)
                .build();
    }

    private static void awaitStarted(SlowModel model) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (model.started.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    @Test
    void should_finish_the_article_in_flight_on_a_stop_and_commit_it() throws Exception {
        broker.createTopics(1, "stop.articles", "stop.results", "stop.failed");
        produce("stop.articles", List.of(new ProducerRecord<>("stop.articles", "satu", line("satu", article(1)))));
        SlowModel model = new SlowModel(faithful(), Duration.ofMillis(500));
        KafkaWorker worker = warta(model).worker(graceful("stop", Duration.ofSeconds(20)));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(worker, errors);

        awaitStarted(model);
        worker.stop();
        thread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(thread.isAlive()).isFalse();
        assertThat(keys(readAll("stop.results"))).containsExactly("satu");
        assertThat(committed("stop-group", "stop.articles")).isEqualTo(1);
    }

    @Test
    void should_leave_an_article_unfinished_at_the_end_of_the_grace_uncommitted_for_the_next_worker() throws Exception {
        broker.createTopics(1, "grace.articles", "grace.results", "grace.failed");
        produce("grace.articles", List.of(new ProducerRecord<>("grace.articles", "satu", line("satu", article(1)))));
        SlowModel first = new SlowModel(faithful(), Duration.ofMillis(2000));
        KafkaWorker impatient = warta(first).worker(graceful("grace", Duration.ZERO));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread thread = running(impatient, errors);
        awaitStarted(first);

        impatient.stop();
        thread.join(WAIT.toMillis());
        long committedAfterStop = committed("grace-group", "grace.articles");
        SlowModel second = new SlowModel(faithful(), Duration.ofMillis(10));
        KafkaWorker next = warta(second).worker(graceful("grace", Duration.ofSeconds(10)));
        Thread nextThread = running(next, errors);
        List<ConsumerRecord<String, String>> results = read("grace.results", read -> !read.isEmpty());
        next.stop();
        nextThread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(committedAfterStop).isZero();
        assertThat(impatient.stats().produced()).isZero();
        assertThat(keys(results)).containsExactly("satu");
        assertThat(committed("grace-group", "grace.articles")).isEqualTo(1);
    }

    @Test
    void should_describe_the_topics_and_partitions_it_would_read() {
        broker.createTopics(3, "plan.articles");
        broker.createTopics(1, "plan.results");
        Warta warta = warta(faithful());

        TopicPlan plan = warta.topicPlan(settings("plan", 1));

        assertThat(plan.text())
                .isEqualTo("reads    plan.articles as group plan-group: 3 partitions [0, 1, 2]\n"
                        + "results  plan.results: 1 partition [0]\n"
                        + "failures plan.failed: does not exist\n");
        assertThatThrownBy(() -> warta.worker(settings("plan", 1)).run())
                .isInstanceOf(BrokerException.class)
                .hasMessage("topic plan.failed does not exist on " + broker.bootstrapServers()
                        + "; create it first (kafka-topics.sh --create --topic plan.failed)");
    }

    @Test
    void should_say_the_brokers_cannot_be_reached() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WorkerSettings settings = WorkerSettings.builder("127.0.0.1:" + port)
                .property("default.api.timeout.ms", "1500")
                .property("request.timeout.ms", "1000")
                .build();

        assertThatThrownBy(() -> warta(faithful()).topicPlan(settings))
                .isInstanceOf(BrokerException.class)
                .hasMessageStartingWith("cannot reach the Kafka brokers at 127.0.0.1:" + port + ": ");
    }

    private static String scrape(WorkerMetricsServer server) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Scrapes until {@code done} holds of the text, or {@link #WAIT} passes; the last text. */
    private static String scrapeUntil(WorkerMetricsServer server, Predicate<String> done) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        String text = scrape(server);
        while (!done.test(text) && System.nanoTime() < end) {
            Thread.sleep(50);
            text = scrape(server);
        }
        return text;
    }

    @Test
    void should_count_in_its_metrics_what_happened_and_a_redelivery_recognised_as_done() throws Exception {
        broker.createTopics(2, "metrics.articles");
        broker.createTopics(1, "metrics.results", "metrics.failed");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            String id = "artikel-" + n;
            records.add(new ProducerRecord<>("metrics.articles", id, line(id, article(n))));
        }
        records.add(new ProducerRecord<>("metrics.articles", "rusak", "{not json"));
        produce("metrics.articles", records);
        FakeModel answers = faithful();
        Warta warta = warta(answers);
        KafkaWorker worker = warta.worker(settings("metrics", 2));
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        String text;
        try (WorkerMetricsServer server =
                WorkerMetricsServer.start(new MetricsAddress("127.0.0.1", 0), worker.stats())) {
            Thread thread = running(worker, errors);
            text = scrapeUntil(
                    server,
                    t -> t.contains("\nwarta_worker_results_produced_total 20\n")
                            && t.contains("\nwarta_worker_failures_produced_total 1\n")
                            && t.contains("\nwarta_worker_records_in_flight 0\n")
                            && t.contains("\nwarta_worker_partitions_paused 0\n")
                            && t.contains("partition=\"0\",topic=\"metrics.articles\"} 0\n")
                            && t.contains("partition=\"1\",topic=\"metrics.articles\"} 0\n"));
            worker.stop();
            thread.join(WAIT.toMillis());
        }
        int asked = answers.requests().size();
        // a worker of another group reads the same records again: the response cache answers every request
        KafkaWorker again = warta.worker(WorkerSettings.builder(broker.bootstrapServers())
                .groupId("metrics-again")
                .topics("metrics.articles", "metrics.results", "metrics.failed")
                .concurrency(2)
                .build());
        Thread againThread = running(again, errors);
        long end = System.nanoTime() + WAIT.toNanos();
        while (again.stats().produced() + again.stats().failed() < 21 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        again.stop();
        againThread.join(WAIT.toMillis());

        assertThat(errors).isEmpty();
        assertThat(text)
                .contains("\nwarta_worker_records_consumed_total 21\n")
                .contains("\nwarta_worker_results_produced_total 20\n")
                .contains("\nwarta_worker_results_cached_total 0\n")
                .contains("\nwarta_worker_failures_produced_total 1\n")
                .contains("\nwarta_worker_records_in_flight 0\n")
                .contains("\nwarta_worker_partitions_assigned 2\n")
                .contains("\nwarta_worker_partitions_paused 0\n")
                .contains("\nwarta_worker_lag{partition=\"0\",topic=\"metrics.articles\"} 0\n")
                .contains("\nwarta_worker_lag{partition=\"1\",topic=\"metrics.articles\"} 0\n");
        assertThat(again.stats().produced()).isEqualTo(20);
        assertThat(again.stats().cached()).as("recognised as done").isEqualTo(20);
        assertThat(answers.requests()).as("no request asked again").hasSize(asked);
        assertThat(worker.stats().lags()).as("none once stopped").isEmpty();
        assertThat(worker.stats().assignedPartitions()).isZero();
    }

    @Test
    void should_keep_what_ended_a_worker_started_in_the_background() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        KafkaWorker worker = warta(faithful())
                .worker(WorkerSettings.builder("127.0.0.1:" + port)
                        .property("default.api.timeout.ms", "1500")
                        .property("request.timeout.ms", "1000")
                        .build());

        Thread thread = worker.start();

        assertThat(worker.awaitStopped(WAIT)).isTrue();
        thread.join(WAIT.toMillis());
        assertThat(thread.getName()).isEqualTo("warta-kafka-worker");
        assertThat(worker.ended()).isTrue();
        assertThat(worker.failure())
                .get()
                .isInstanceOf(BrokerException.class)
                .extracting(Throwable::getMessage)
                .asString()
                .startsWith("cannot reach the Kafka brokers at 127.0.0.1:" + port);
    }
}

package warta.core.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.source.BatchSources;
import warta.core.error.SettingNames;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;

/**
 * A Warta worker in a Kafka consumer group: takes articles from the articles topic, processes
 * each ({@link RecordHandler}: the batch's parsing and processor), and produces the result
 * document to the results topic, or the failure with its reason to the failed topic, under the
 * record's own key (the article's id when the record has no key; the document's {@code id} is
 * the article's id made safe as a file name, as in a batch). At-least-once: a record's offset is committed only after what it produced was
 * acknowledged by the brokers, per partition and in order, so a record is never committed past
 * one still in flight; a worker that dies leaves its uncommitted records to the group, which
 * delivers them again (the shared response cache then answers the requests already made).
 *
 * <p>A record that cannot be parsed, or fails for good, or fails on the provider's temporary
 * state on every one of {@link WorkerSettings#attempts()} attempts, or whose handling throws
 * anything unexpected, or whose result the producer refuses for itself (too large: {@link
 * ProducerErrors}), goes to the failed topic and its partition goes on. A rate limit that outlasted the retry layer pauses every partition until
 * it should be over, and the record is tried again (never dropped, however long). At most
 * {@link WorkerSettings#maxInFlight()} articles are in flight; past that the partitions are
 * paused. {@link #stop} finishes the articles in flight within the grace period and commits
 * them; what is still in flight then is left uncommitted, to be delivered again. {@link #halt}
 * stops at once without committing anything more (as a killed process would).
 *
 * <p>{@link #run} blocks on the caller's thread, which alone uses the consumer; {@link #stop},
 * {@link #halt} and {@link #stats} may be called from any thread.
 */
public final class KafkaWorker {

    private static final Logger log = LoggerFactory.getLogger(KafkaWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration POLL = Duration.ofMillis(100);
    /** The wait before a second attempt after a temporary failure; doubled for each later one. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** Header of a result: its {@link warta.core.batch.ResultKey}. */
    public static final String RESULT_KEY_HEADER = "warta-result-key";
    /** Header of a result: {@code passed} or {@code failed}, as its checks said. */
    public static final String CHECKS_HEADER = "warta-checks";

    private final WorkerSettings settings;
    private final RecordHandler handler;
    private final KafkaClients clients;
    private final WorkerStats stats = new WorkerStats();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Map<TopicPartition, OffsetTracker> trackers = new HashMap<>();
    private final Set<Pending> live = new HashSet<>();
    private final List<Pending> waiting = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile boolean stopping;
    private volatile boolean halted;
    /** Where {@link #run} is; guarded by {@code this} where {@link #halt} reads it. */
    private Phase phase = Phase.NEW;

    private Thread runner;
    private volatile Consumer<String, String> consumer;
    private Producer<String, String> producer;
    private long pausedUntil = System.nanoTime();
    private RuntimeException fault;

    KafkaWorker(WorkerSettings settings, RecordHandler handler, KafkaClients clients) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /**
     * A worker that processes with {@code processor} (whose model the caller has put behind the
     * response cache and a limiter of {@link WorkerSettings#concurrency()} requests); made by
     * {@link warta.core.Warta#worker}. Connects to nothing until {@link #run}.
     *
     * @param config the model's settings, part of every result's key
     */
    public static KafkaWorker create(
            WorkerSettings settings,
            ArticleProcessor processor,
            ModelConfig config,
            BatchSources sources,
            SettingNames names,
            KafkaClients clients) {
        return new KafkaWorker(
                settings, new RecordHandler(sources, processor, config, settings.tasks(), names), clients);
    }

    public WorkerSettings settings() {
        return settings;
    }

    public WorkerStats stats() {
        return stats;
    }

    /** Asks {@link #run} to end gracefully: no new record, the ones in flight finished within the grace period. */
    public void stop() {
        stopping = true;
        wakeUp();
    }

    /** Whether {@link #stop} or {@link #halt} was asked for. */
    public boolean stopRequested() {
        return stopping || halted;
    }

    /**
     * Asks {@link #run} to end now, committing nothing more and producing nothing more; while it
     * still checks the topics (start-up), its thread is interrupted, so that it ends at once.
     *
     * @return whether it had an effect: false once {@link #run} has left its loop (and only
     *     closes its clients) or ended
     */
    public synchronized boolean halt() {
        halted = true;
        switch (phase) {
            case STARTING -> runner.interrupt();
            case RUNNING -> wakeUp();
            default -> {
                return false;
            }
        }
        return true;
    }

    private synchronized void enter(Phase next) {
        if (next == Phase.STARTING) {
            runner = Thread.currentThread();
        }
        phase = next;
        if (next != Phase.STARTING) {
            Thread.interrupted(); // an interrupt from a halt at start-up is spent: the clients close as for a halt
        }
    }

    private enum Phase {
        NEW,
        STARTING,
        RUNNING,
        CLOSING
    }

    private void wakeUp() {
        Consumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /**
     * Checks the topics, joins the group and works until {@link #stop} or {@link #halt}.
     *
     * @throws BrokerException when the brokers cannot be reached, a topic is missing, or the
     *     brokers refuse what the worker produces (nothing past it is committed)
     */
    public void run() {
        try {
            work();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            enter(Phase.CLOSING);
            ended.countDown();
        }
    }

    /**
     * Runs {@link #run} on a new thread ({@code warta-kafka-worker}), for a host that has other
     * work on its own threads (the server); what ended it is kept ({@link #failure}) and logged.
     * Stop it with {@link #stop}, then {@link #awaitStopped}.
     */
    public Thread start() {
        return Thread.ofPlatform().name("warta-kafka-worker").start(() -> {
            try {
                run();
            } catch (Throwable e) { // kept by run: readiness reports it
                log.error("the Kafka worker stopped: {}", e.getMessage(), e);
            }
        });
    }

    /**
     * What ended {@link #run} with an error (the brokers cannot be reached, a topic is missing,
     * or anything unexpected, an {@link Error} included); empty while it runs or after a stop.
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Whether {@link #run} has returned or thrown. */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    private void work() {
        enter(Phase.STARTING);
        try {
            TopicPlan.describe(settings, clients).requireTopics();
        } catch (RuntimeException e) {
            if (halted) {
                return; // halted while checking the topics: the interrupt cut the check short
            }
            throw e;
        }
        if (halted) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                settings.maxInFlight(),
                Thread.ofPlatform().name("warta-worker-", 0).factory());
        try {
            producer = clients.producer();
            consumer = clients.consumer();
            enter(Phase.RUNNING);
            consumer.subscribe(List.of(settings.articlesTopic()), new Rebalance());
            loop(pool, producer);
        } catch (KafkaException e) {
            throw new BrokerException("Kafka at " + settings.bootstrapServers() + ": " + ProducerErrors.describe(e), e);
        } finally {
            enter(Phase.CLOSING);
            pool.shutdownNow();
            close();
        }
    }

    /** Closes the clients made (at once after a halt), and zeroes the gauges. */
    private void close() {
        Duration wait = halted ? Duration.ZERO : Duration.ofSeconds(5);
        if (producer != null) {
            producer.close(wait);
        }
        if (consumer != null) {
            consumer.close(halted ? CloseOptions.timeout(Duration.ZERO) : CloseOptions.timeout(Duration.ofSeconds(30)));
        }
        stats.setLags(Map.of());
        stats.setState(0, 0);
        stats.setInFlight(live.size());
        log.info("worker stopped: {}", stats);
    }

    /**
     * Waits until {@link #run} has returned (or thrown), at most {@code timeout}: after
     * {@link #stop}, for the grace period and the last commit.
     *
     * @return whether it has
     */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void loop(ExecutorService pool, Producer<String, String> producer) {
        long stopBy = Long.MAX_VALUE;
        while (!halted) {
            if (stopping && stopBy == Long.MAX_VALUE) {
                stopBy = System.nanoTime() + settings.grace().toNanos();
                live.removeAll(waiting); // not started again: left uncommitted, delivered again
                waiting.clear();
                stats.setInFlight(live.size());
                log.info("stopping: waiting up to {} for {} articles in flight", settings.grace(), live.size());
            }
            if (stopping && (live.isEmpty() || System.nanoTime() - stopBy >= 0)) {
                break;
            }
            throttle();
            ConsumerRecords<String, String> records;
            try {
                records = consumer.poll(POLL);
            } catch (WakeupException e) {
                continue;
            }
            if (halted) {
                return;
            }
            if (!stopping) {
                take(records, pool);
            }
            settleEvents(producer);
            if (fault != null) {
                throw fault;
            }
            startDue(pool);
            commit(new ArrayList<>(trackers.keySet()));
            report();
        }
    }

    /** Pauses every partition while the worker is full, rate limited or stopping; resumes them after. */
    private void throttle() {
        boolean hold = stopping || live.size() >= settings.maxInFlight() || System.nanoTime() - pausedUntil < 0;
        if (hold) {
            consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
        stats.setPaused(consumer.paused().size());
    }

    /**
     * Starts the records polled, up to {@link WorkerSettings#maxInFlight()} in flight; the rest
     * are given back (each partition sought back to its first record not taken) for a later poll.
     */
    private void take(ConsumerRecords<String, String> records, ExecutorService pool) {
        Map<TopicPartition, Long> giveBack = new HashMap<>();
        int taken = 0;
        for (ConsumerRecord<String, String> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            OffsetTracker tracker = trackers.get(partition);
            if (tracker == null || giveBack.containsKey(partition)) {
                continue; // not ours any more, or a later record of one given back
            }
            if (live.size() >= settings.maxInFlight()) {
                giveBack.put(partition, record.offset());
                continue;
            }
            tracker.add(record.offset());
            Pending pending = new Pending(record, tracker, 1);
            live.add(pending);
            stats.setInFlight(live.size());
            start(pending, pool);
            taken++;
        }
        giveBack.forEach(consumer::seek);
        stats.addConsumed(taken);
    }

    private void start(Pending pending, ExecutorService pool) {
        ConsumerRecord<String, String> record = pending.record;
        String origin = record.topic() + "-" + record.partition() + "@" + record.offset();
        pool.execute(() -> events.add(new Processed(pending, outcome(origin, record))));
    }

    /** The record's outcome, whatever the handler throws: a record that is never settled would stall its partition. */
    private Outcome outcome(String origin, ConsumerRecord<String, String> record) {
        try {
            return handler.handle(origin, record.key(), record.value());
        } catch (Throwable e) {
            String key = record.key();
            return RecordHandler.unexpected(origin, key == null || key.isBlank() ? origin : key, null, e);
        }
    }

    private void settleEvents(Producer<String, String> producer) {
        Event event;
        while ((event = events.poll()) != null) {
            switch (event) {
                case Processed processed -> settle(processed.pending(), processed.outcome(), producer);
                case Sent sent -> acknowledged(sent, producer);
            }
        }
    }

    private void settle(Pending pending, Outcome outcome, Producer<String, String> producer) {
        if (!live.contains(pending) || trackers.get(pending.partition()) != pending.tracker) {
            live.remove(pending);
            stats.setInFlight(live.size());
            return; // its partition went to another worker, which does it again
        }
        switch (outcome) {
            case Outcome.Result result ->
                send(producer, pending, result.id(), result(pending, result), true, result.fromCache());
            case Outcome.Failed failed ->
                send(producer, pending, failed.id(), failure(pending, failed.id(), failed.reason()), false, false);
            case Outcome.RateLimited limited -> {
                long until = System.nanoTime() + limited.delay().toNanos();
                pausedUntil = Math.max(pausedUntil, until);
                stats.addPause();
                log.warn("rate limited on {}: pausing the partitions for {}", limited.id(), limited.delay());
                later(pending, until);
            }
            case Outcome.Temporary temporary -> {
                if (pending.attempt >= settings.attempts()) {
                    String reason = temporary.reason() + " (after " + pending.attempt + " attempts)";
                    send(producer, pending, temporary.id(), failure(pending, temporary.id(), reason), false, false);
                } else {
                    log.info("{} failed ({}); trying again", temporary.id(), temporary.reason());
                    pending.attempt++;
                    later(pending, System.nanoTime() + backoff(pending.attempt).toNanos());
                }
            }
        }
    }

    private void later(Pending pending, long due) {
        pending.due = due;
        waiting.add(pending);
        stats.addRetried();
    }

    static Duration backoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 2, 10));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void startDue(ExecutorService pool) {
        long now = System.nanoTime();
        if (now - pausedUntil < 0) {
            return;
        }
        List<Pending> due = waiting.stream().filter(p -> now - p.due >= 0).toList();
        waiting.removeAll(due);
        due.forEach(p -> start(p, pool));
    }

    /** The key of what a record produces: its own key, so that a consumer matches them; the article's id without one. */
    private static String keyOf(Pending pending, String id) {
        String key = pending.record.key();
        return key == null || key.isBlank() ? id : key;
    }

    private ProducerRecord<String, String> result(Pending pending, Outcome.Result result) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(settings.resultsTopic(), keyOf(pending, result.id()), result.json());
        record.headers().add(RESULT_KEY_HEADER, result.resultKey().getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(CHECKS_HEADER, (result.checksPassed() ? "passed" : "failed").getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private ProducerRecord<String, String> failure(Pending pending, String id, String reason) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", id)
                .put("reason", reason)
                .put("topic", pending.record.topic())
                .put("partition", pending.record.partition())
                .put("offset", pending.record.offset())
                .put("attempts", pending.attempt);
        return new ProducerRecord<>(settings.failedTopic(), keyOf(pending, id), node.toString());
    }

    private void send(
            Producer<String, String> producer,
            Pending pending,
            String id,
            ProducerRecord<String, String> record,
            boolean result,
            boolean cached) {
        try {
            producer.send(
                    record, (metadata, error) -> events.add(new Sent(pending, id, record, result, cached, error)));
        } catch (SerializationException | RecordTooLargeException e) { // some are thrown, not called back
            events.add(new Sent(pending, id, record, result, cached, e));
        }
    }

    private void acknowledged(Sent sent, Producer<String, String> producer) {
        if (sent.error() != null) {
            unsent(sent, producer);
            return;
        }
        sent.pending().tracker.settle(sent.pending().record.offset());
        live.remove(sent.pending());
        stats.setInFlight(live.size()); // before the counter, so that a reader who sees it counted sees it settled
        if (sent.result()) {
            stats.addProduced(sent.cached());
        } else {
            stats.addFailed();
        }
    }

    /**
     * A result the producer refused for what it is (too large, say) goes to the failed topic with
     * the reason, and its partition goes on; any other error, or a failure that cannot be
     * produced, is the brokers' and ends {@link #run}.
     */
    private void unsent(Sent sent, Producer<String, String> producer) {
        Exception error = sent.error();
        if (sent.result() && ProducerErrors.recordLevel(error)) {
            String reason = ProducerErrors.reason(sent.record(), error, settings.properties());
            log.warn("{}: {}", sent.id(), reason);
            send(producer, sent.pending(), sent.id(), failure(sent.pending(), sent.id(), reason), false, false);
            return;
        }
        String topic = sent.result() ? settings.resultsTopic() : settings.failedTopic();
        fault = new BrokerException("cannot produce to " + topic + ": " + ProducerErrors.describe(error), error);
    }

    private void commit(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetTracker tracker = trackers.get(partition);
            if (tracker != null) {
                tracker.committable().ifPresent(next -> offsets.put(partition, new OffsetAndMetadata(next)));
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        while (!halted) { // a halted worker commits nothing more, as a killed process would
            try {
                consumer.commitSync(offsets);
                return;
            } catch (WakeupException e) {
                // a wakeup is for the poll (a stop, say); this commit still has to happen
            } catch (KafkaException e) {
                // the group moved on (a rebalance): the records are delivered again and answered from the cache
                log.warn("could not commit {}: {}", offsets, ProducerErrors.describe(e));
                return;
            }
        }
    }

    /**
     * The state metrics read once a pass: partitions assigned and paused, and each partition's lag
     * as the consumer knows it (the articles in flight and the pauses are set as they change).
     */
    private void report() {
        Set<TopicPartition> assignment = consumer.assignment();
        Map<TopicPartition, Long> lags = new HashMap<>();
        for (TopicPartition partition : assignment) {
            consumer.currentLag(partition).ifPresent(lag -> lags.put(partition, lag));
        }
        stats.setLags(lags);
        stats.setState(assignment.size(), consumer.paused().size());
    }

    /** Keeps the trackers in step with the partitions this worker owns. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (halted) {
                forget(partitions);
                return;
            }
            if (!stopping && producer != null) {
                // what the brokers already acknowledged is settled and committed before the partitions go
                for (int round = 0; round < 2; round++) { // twice: a refused result's failure is sent in the first
                    producer.flush();
                    settleEvents(producer);
                }
            }
            commit(partitions);
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(partition -> trackers.put(partition, new OffsetTracker()));
            log.info("assigned {}", partitions);
        }

        private void forget(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                trackers.remove(partition);
                live.removeIf(p -> p.partition().equals(partition));
                waiting.removeIf(p -> p.partition().equals(partition));
            }
            stats.setInFlight(live.size());
        }
    }

    /** A record taken up and not yet settled. Identity matters: one per delivery. */
    private static final class Pending {
        final ConsumerRecord<String, String> record;
        final OffsetTracker tracker;
        int attempt;
        long due;

        Pending(ConsumerRecord<String, String> record, OffsetTracker tracker, int attempt) {
            this.record = record;
            this.tracker = tracker;
            this.attempt = attempt;
        }

        TopicPartition partition() {
            return new TopicPartition(record.topic(), record.partition());
        }
    }

    private sealed interface Event {}

    private record Processed(Pending pending, Outcome outcome) implements Event {}

    private record Sent(
            Pending pending,
            String id,
            ProducerRecord<String, String> record,
            boolean result,
            boolean cached,
            Exception error)
            implements Event {}
}

package warta.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka (KRaft: broker and controller in one) in the test's JVM, from Maven
 * Central's {@code kafka_2.13} artifact: no Docker, nothing installed. Listens on free loopback
 * ports, keeps its log in the given folder, and is stopped by {@link #close}. Starts in a few
 * seconds.
 */
public final class TestBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private TestBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    public static TestBroker start(Path dir) {
        int port = freePort();
        int controllerPort = freePort();
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dir.resolve("log").toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("num.partitions", "1")));
        format(dir, props);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
        return new TestBroker(server, "127.0.0.1:" + port);
    }

    private static void format(Path dir, Properties props) {
        try {
            Path file = dir.resolve("server.properties");
            try (var out = Files.newBufferedWriter(file)) {
                props.store(out, null);
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int status = StorageTool$.MODULE$.execute(
                    new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()},
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("kafka-storage format: " + log.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics, each with {@code partitions} partitions. */
    public void createTopics(int partitions, String... names) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(names).stream()
                            .map(name -> new NewTopic(name, partitions, (short) 1))
                            .toList())
                    .all()
                    .get();
            // the broker learns of new topics a moment after the controller made them
            long end = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try {
                    admin.describeTopics(List.of(names)).allTopicNames().get();
                    break;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > end) {
                        throw e;
                    }
                    Thread.sleep(20);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + List.of(names), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}

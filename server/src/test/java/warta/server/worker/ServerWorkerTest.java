package warta.server.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import warta.core.worker.KafkaWorker;
import warta.server.testing.TestModel;

/**
 * The server with {@code warta.worker.enabled=true} against a broker in this JVM and the test's
 * stand-in model: articles published to the topic come back as results, counted in
 * {@code /q/metrics} under the CLI's names, and readiness says the worker runs.
 */
@QuarkusTest
@TestProfile(WorkerProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerWorkerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ServerWorker server;

    private KafkaWorker worker() {
        return server.worker().orElseThrow();
    }

    @Test
    @Order(0)
    void should_pass_the_worker_settings_and_the_kafka_properties_through() {
        assertThat(worker().settings().groupId()).isEqualTo("server-group");
        assertThat(worker().settings().concurrency()).isEqualTo(2);
        assertThat(worker().settings().grace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(worker().settings().properties())
                .containsEntry("client.id", "warta-server-test")
                .containsEntry("max.poll.records", "3");
    }

    @Test
    @Order(1)
    void should_answer_articles_from_the_topic_with_results_and_count_them_in_the_metrics() throws Exception {
        String servers = worker().settings().bootstrapServers();
        int before = TestModel.requests().size();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", servers), new StringSerializer(), new StringSerializer())) {
            for (int n = 1; n <= 3; n++) {
                String id = "server-" + n;
                String text = "Banjir merendam " + n + " rumah di Kelurahan Cipinang pada Senin pagi. "
                        + "Warga mengungsi ke masjid terdekat.";
                producer.send(new ProducerRecord<>(
                        WorkerBroker.ARTICLES,
                        id,
                        JSON.createObjectNode().put("id", id).put("text", text).toString()));
            }
            producer.flush();
        }

        Set<String> results = results(servers, 3);
        String metrics = metricsWhen(text -> text.contains("warta_worker_results_produced_total 3.0")
                && text.contains("warta_worker_records_in_flight 0.0")
                && text.contains("warta_worker_lag{partition=\"0\",topic=\"server.articles\"} 0.0")
                && text.contains("warta_worker_lag{partition=\"1\",topic=\"server.articles\"} 0.0"));

        assertThat(results).containsExactlyInAnyOrder("server-1", "server-2", "server-3");
        assertThat(TestModel.requests().size()).isGreaterThan(before);
        assertThat(metrics)
                .contains("warta_worker_records_consumed_total 3.0")
                .contains("warta_worker_results_produced_total 3.0")
                .contains("warta_worker_failures_produced_total 0.0")
                .contains("warta_worker_records_in_flight 0.0")
                .contains("warta_worker_partitions_assigned 2.0")
                .contains("warta_worker_lag{partition=\"0\",topic=\"server.articles\"} 0.0");
        given().when().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("kafka worker"));
    }

    @Test
    @Order(2)
    void should_stop_gracefully_with_the_server_and_leave_everything_committed() throws Exception {
        String servers = worker().settings().bootstrapServers();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (committed(servers) < 3 && System.nanoTime() < end) {
            Thread.sleep(50);
        }

        server.stop(new ShutdownEvent()); // as the server's shutdown does

        assertThat(worker().ended()).isTrue();
        assertThat(worker().failure()).isEmpty();
        assertThat(worker().stats().inFlight()).isZero();
        assertThat(committed(servers)).isEqualTo(3);
    }

    private static long committed(String servers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            return admin
                    .listConsumerGroupOffsets("server-group")
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .values()
                    .stream()
                    .mapToLong(OffsetAndMetadata::offset)
                    .sum();
        }
    }

    private static Set<String> results(String servers, int count) {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", servers), new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(WorkerBroker.RESULTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (keys.size() < count && System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> keys.add(r.key()));
            }
        }
        return keys;
    }

    private static String metricsWhen(java.util.function.Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String text = metrics();
        while (!done.test(text) && System.nanoTime() < end) {
            Thread.sleep(100);
            text = metrics();
        }
        return text;
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}

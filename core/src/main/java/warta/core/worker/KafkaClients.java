package warta.core.worker;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Makes a worker's Kafka clients: the seam where tests put Kafka's mock clients. The standard one
 * ({@link #of}) passes the settings' properties through to every client (security and tuning),
 * then sets what the worker's guarantee rests on, which a property cannot change: offsets are
 * committed by the worker only ({@code enable.auto.commit=false}), and the producer waits for
 * every in-sync replica and never writes a record twice on its own retries
 * ({@code acks=all}, {@code enable.idempotence=true}). Unless the properties say otherwise, the
 * consumer takes at most {@link WorkerSettings#maxInFlight()} records a poll and rebalances
 * cooperatively ({@code CooperativeStickyAssignor}): only the partitions that move are revoked.
 */
public interface KafkaClients {

    Consumer<String, String> consumer();

    Producer<String, String> producer();

    Admin admin();

    /** How long a client call waits for the brokers before the worker says they cannot be reached. */
    int REQUEST_TIMEOUT_MS = 15_000;

    static KafkaClients of(WorkerSettings settings) {
        return new KafkaClients() {
            @Override
            public Consumer<String, String> consumer() {
                return new KafkaConsumer<>(consumerProperties(settings));
            }

            @Override
            public Producer<String, String> producer() {
                Map<String, Object> props = common(settings);
                props.put(ProducerConfig.ACKS_CONFIG, "all");
                props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                return new KafkaProducer<>(props);
            }

            @Override
            public Admin admin() {
                Map<String, Object> props = common(settings);
                props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
                return Admin.create(props);
            }
        };
    }

    /** The consumer's properties: the settings', then the group, and offsets committed by the worker only. */
    static Map<String, Object> consumerProperties(WorkerSettings settings) {
        Map<String, Object> props = common(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxInFlight());
        // a rebalance takes only the partitions that move, so the others' articles in flight go on
        props.putIfAbsent(
                ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return props;
    }

    private static Map<String, Object> common(WorkerSettings settings) {
        Map<String, Object> props = new HashMap<>(settings.properties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "warta-" + settings.groupId());
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
        return props;
    }
}

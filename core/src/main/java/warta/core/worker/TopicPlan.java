package warta.core.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topics a worker would use and their partitions, as the brokers describe them: what
 * {@code warta worker --dry-run} prints, and the check a worker makes before it joins its group
 * (so that unreachable brokers or a missing topic are one clear message, not a consumer that
 * waits forever).
 *
 * @param settings the worker's settings
 * @param topics the articles, results and failed topics, in that order
 */
public record TopicPlan(WorkerSettings settings, List<Topic> topics) {

    /**
     * @param role {@code "reads"}, {@code "results"} or {@code "failures"}
     * @param partitions the partition numbers; empty when the topic does not exist
     */
    public record Topic(String name, String role, List<Integer> partitions) {
        public boolean exists() {
            return !partitions.isEmpty();
        }
    }

    public TopicPlan {
        topics = List.copyOf(topics);
    }

    /**
     * Asks the brokers about the three topics.
     *
     * @throws BrokerException when the brokers cannot be reached or refuse the client
     */
    public static TopicPlan describe(WorkerSettings settings, KafkaClients clients) {
        List<String[]> wanted = List.of(
                new String[] {settings.articlesTopic(), "reads"},
                new String[] {settings.resultsTopic(), "results"},
                new String[] {settings.failedTopic(), "failures"});
        Admin admin = made(clients, settings);
        try {
            Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(
                            wanted.stream().map(w -> w[0]).distinct().toList())
                    .topicNameValues();
            List<Topic> topics = new ArrayList<>();
            for (String[] w : wanted) {
                topics.add(new Topic(w[0], w[1], partitions(described.get(w[0]), settings)));
            }
            return new TopicPlan(settings, topics);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    /** The admin client; a setting it refuses (an unknown {@code security.protocol}, say) is one clear message. */
    private static Admin made(KafkaClients clients, WorkerSettings settings) {
        try {
            return clients.admin();
        } catch (KafkaException e) {
            throw new BrokerException(
                    "cannot make a Kafka client for " + settings.bootstrapServers() + ": " + ProducerErrors.describe(e),
                    e);
        }
    }

    private static List<Integer> partitions(KafkaFuture<TopicDescription> future, WorkerSettings settings) {
        try {
            return future.get(KafkaClients.REQUEST_TIMEOUT_MS * 2L, TimeUnit.MILLISECONDS).partitions().stream()
                    .map(TopicPartitionInfo::partition)
                    .sorted()
                    .toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw unreachable(settings, e.getCause());
        } catch (TimeoutException e) {
            throw unreachable(settings, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(settings, e);
        }
    }

    private static BrokerException unreachable(WorkerSettings settings, Throwable cause) {
        String reason =
                cause instanceof org.apache.kafka.common.errors.TimeoutException || cause instanceof TimeoutException
                        ? "no answer in time"
                        : cause.getMessage();
        return new BrokerException(
                "cannot reach the Kafka brokers at " + settings.bootstrapServers() + ": " + reason, cause);
    }

    /**
     * @throws BrokerException naming the first topic that does not exist, and how to make it
     */
    public void requireTopics() {
        for (Topic topic : topics) {
            if (!topic.exists()) {
                throw new BrokerException(
                        "topic " + topic.name() + " does not exist on " + settings.bootstrapServers()
                                + "; create it first (kafka-topics.sh --create --topic " + topic.name() + ")",
                        null);
            }
        }
    }

    /** One line per topic, the articles topic first. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Topic topic : topics) {
            text.append(
                    switch (topic.role()) {
                        case "reads" -> "reads    " + topic.name() + " as group " + settings.groupId();
                        case "results" -> "results  " + topic.name();
                        default -> "failures " + topic.name();
                    });
            text.append(": ")
                    .append(
                            topic.exists()
                                    ? topic.partitions().size()
                                            + (topic.partitions().size() == 1 ? " partition " : " partitions ")
                                            + topic.partitions()
                                    : "does not exist")
                    .append('\n');
        }
        return text.toString();
    }
}

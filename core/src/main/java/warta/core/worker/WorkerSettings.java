package warta.core.worker;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import warta.core.error.SettingException;
import warta.core.process.Task;

/**
 * How a worker reaches Kafka and what it does: the brokers, the consumer group, the three topics,
 * how many model requests it keeps in flight, the client properties passed through to Kafka
 * (security: {@code security.protocol}, {@code sasl.*}, {@code ssl.*}), how long a graceful stop
 * waits for the articles in flight, how many times an article that failed on the provider's
 * temporary state is tried, and the tasks. Immutable; made with {@link #builder(String)}.
 */
public record WorkerSettings(
        String bootstrapServers,
        String groupId,
        String articlesTopic,
        String resultsTopic,
        String failedTopic,
        int concurrency,
        Map<String, String> properties,
        Duration grace,
        int attempts,
        Set<Task> tasks) {

    public static final String ARTICLES = "warta.articles";
    public static final String RESULTS = "warta.results";
    public static final String FAILED = "warta.failed";
    public static final String GROUP = "warta";

    public WorkerSettings {
        bootstrapServers = required(bootstrapServers, "--bootstrap-servers");
        groupId = required(groupId, "--group-id");
        articlesTopic = required(articlesTopic, "--articles-topic");
        resultsTopic = required(resultsTopic, "--results-topic");
        failedTopic = required(failedTopic, "--failed-topic");
        if (articlesTopic.equals(resultsTopic) || articlesTopic.equals(failedTopic)) {
            throw refused("--articles-topic must differ from --results-topic and --failed-topic");
        }
        if (concurrency < 1) {
            throw refused("--concurrency must be at least 1, not " + concurrency);
        }
        if (attempts < 1) {
            throw refused("--attempts must be at least 1, not " + attempts);
        }
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw refused("--grace must not be negative");
        }
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
        tasks = Set.copyOf(Objects.requireNonNull(tasks, "tasks"));
        if (tasks.isEmpty()) {
            throw refused("a worker needs at least one task");
        }
    }

    private static SettingException refused(String message) {
        return new SettingException(message, false);
    }

    private static String required(String value, String flag) {
        if (value == null || value.isBlank()) {
            throw refused(flag + " must not be empty");
        }
        return value.strip();
    }

    /** Articles in flight at most: two per model request allowed, as a batch keeps (see {@code BatchRunner}). */
    public int maxInFlight() {
        return concurrency * 2;
    }

    public static Builder builder(String bootstrapServers) {
        return new Builder(bootstrapServers);
    }

    /** Defaults: group {@value #GROUP}, the topics {@value #ARTICLES}, {@value #RESULTS}, {@value #FAILED}, concurrency 4, grace 30 s, 3 attempts, every task. */
    public static final class Builder {
        private final String bootstrapServers;
        private String groupId = GROUP;
        private String articlesTopic = ARTICLES;
        private String resultsTopic = RESULTS;
        private String failedTopic = FAILED;
        private int concurrency = 4;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private Duration grace = Duration.ofSeconds(30);
        private int attempts = 3;
        private Set<Task> tasks = EnumSet.allOf(Task.class);

        private Builder(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder topics(String articles, String results, String failed) {
            this.articlesTopic = articles;
            this.resultsTopic = results;
            this.failedTopic = failed;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        /** A Kafka client property, passed to the consumer, the producer and the admin client. */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder grace(Duration grace) {
            this.grace = grace;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder tasks(Set<Task> tasks) {
            this.tasks = tasks;
            return this;
        }

        public WorkerSettings build() {
            return new WorkerSettings(
                    bootstrapServers,
                    groupId,
                    articlesTopic,
                    resultsTopic,
                    failedTopic,
                    concurrency,
                    properties,
                    grace,
                    attempts,
                    tasks);
        }
    }
}

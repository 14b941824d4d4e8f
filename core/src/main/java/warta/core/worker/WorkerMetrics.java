package warta.core.worker;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.common.TopicPartition;

/**
 * The one set of a worker's metrics, by the names Prometheus scrapes: the CLI's endpoint
 * ({@link WorkerMetricsServer}) renders them with {@link #prometheus}, and the server registers
 * the same ones with its meter registry ({@link Metric#dottedName()} is the name a Micrometer
 * Prometheus registry turns back into {@link Metric#name()}, with {@code _total} for a counter).
 * Counters count since the worker started; gauges are its state as its loop last saw it (about
 * ten times a second). {@link #LAG} has one series per partition, labelled {@code partition} and
 * {@code topic} (in that order, as Micrometer writes them).
 */
public final class WorkerMetrics {

    /** A counter only grows; a gauge is a value now. */
    public enum Type {
        COUNTER,
        GAUGE
    }

    /**
     * One metric without labels.
     *
     * @param name its Prometheus name, without the {@code _total} a counter's samples carry
     */
    public record Metric(String name, Type type, String help, ToDoubleFunction<WorkerStats> value) {

        public Metric {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(help, "help");
            Objects.requireNonNull(value, "value");
        }

        /** The name of its samples: a counter's ends in {@code _total}. */
        public String sampleName() {
            return type == Type.COUNTER ? name + "_total" : name;
        }

        /** Its name with dots, as a Micrometer meter is named. */
        public String dottedName() {
            return name.replace('_', '.');
        }
    }

    public static final List<Metric> METRICS = List.of(
            new Metric(
                    "warta_worker_records_consumed",
                    Type.COUNTER,
                    "records taken up from the articles topic (a record delivered again counts again)",
                    WorkerStats::consumed),
            new Metric(
                    "warta_worker_results_produced",
                    Type.COUNTER,
                    "results produced to the results topic",
                    WorkerStats::produced),
            new Metric(
                    "warta_worker_results_cached",
                    Type.COUNTER,
                    "of the results produced, those the response cache answered wholly: records delivered again and"
                            + " recognised as done, no model request sent",
                    WorkerStats::cached),
            new Metric(
                    "warta_worker_failures_produced",
                    Type.COUNTER,
                    "failures produced to the failed topic",
                    WorkerStats::failed),
            new Metric(
                    "warta_worker_attempts_retried",
                    Type.COUNTER,
                    "records tried again after a temporary failure or a rate limit",
                    WorkerStats::retried),
            new Metric(
                    "warta_worker_rate_limit_pauses",
                    Type.COUNTER,
                    "times a rate limit paused the partitions",
                    WorkerStats::pauses),
            new Metric(
                    "warta_worker_records_in_flight",
                    Type.GAUGE,
                    "records taken up and not settled (processed, waiting for another attempt, or being produced)",
                    WorkerStats::inFlight),
            new Metric(
                    "warta_worker_partitions_assigned",
                    Type.GAUGE,
                    "partitions of the articles topic the group gave this worker",
                    WorkerStats::assignedPartitions),
            new Metric(
                    "warta_worker_partitions_paused",
                    Type.GAUGE,
                    "of those, the partitions paused (the worker is full, rate limited or stopping)",
                    WorkerStats::pausedPartitions));

    /** Records on a partition not yet taken up, as the consumer last knew; labels {@code topic}, {@code partition}. */
    public static final String LAG = "warta_worker_lag";

    public static final String LAG_HELP = "records on the partition not yet taken up by this worker";

    private WorkerMetrics() {}

    /** The metrics in the Prometheus text format (version 0.0.4), {@link #LAG} by topic and partition. */
    public static String prometheus(WorkerStats stats) {
        StringBuilder text = new StringBuilder();
        for (Metric metric : METRICS) {
            header(text, metric.sampleName(), metric.help(), metric.type());
            text.append(metric.sampleName())
                    .append(' ')
                    .append(number(metric.value().applyAsDouble(stats)))
                    .append('\n');
        }
        header(text, LAG, LAG_HELP, Type.GAUGE);
        stats.lags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition)))
                .forEach(lag -> text.append(LAG)
                        .append("{partition=\"")
                        .append(lag.getKey().partition())
                        .append("\",topic=\"")
                        .append(escape(lag.getKey().topic()))
                        .append("\"} ")
                        .append(lag.getValue())
                        .append('\n'));
        return text.toString();
    }

    private static void header(StringBuilder text, String name, String help, Type type) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ")
                .append(name)
                .append(' ')
                .append(type.name().toLowerCase(java.util.Locale.ROOT))
                .append('\n');
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** A label value as the text format wants it: backslash, quote and newline escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class WorkerMetricsTest {

    @Test
    void should_render_every_metric_in_the_prometheus_text_format() {
        WorkerStats stats = new WorkerStats();
        stats.addConsumed(21);
        for (int n = 0; n < 20; n++) {
            stats.addProduced(n < 5);
        }
        stats.addFailed();
        stats.addRetried();
        stats.addPause();
        stats.setInFlight(3);
        stats.setState(2, 1);
        stats.setLags(Map.of(new TopicPartition("warta.articles", 1), 7L, new TopicPartition("warta.articles", 0), 0L));

        String text = WorkerMetrics.prometheus(stats);

        assertThat(text)
                .contains("# HELP warta_worker_records_consumed_total records taken up from the articles topic")
                .contains(
                        "# TYPE warta_worker_records_consumed_total counter\nwarta_worker_records_consumed_total 21\n")
                .contains("\nwarta_worker_results_produced_total 20\n")
                .contains("\nwarta_worker_results_cached_total 5\n")
                .contains("\nwarta_worker_failures_produced_total 1\n")
                .contains("\nwarta_worker_attempts_retried_total 1\n")
                .contains("\nwarta_worker_rate_limit_pauses_total 1\n")
                .contains("# TYPE warta_worker_records_in_flight gauge\nwarta_worker_records_in_flight 3\n")
                .contains("\nwarta_worker_partitions_assigned 2\n")
                .contains("\nwarta_worker_partitions_paused 1\n")
                .endsWith("# TYPE warta_worker_lag gauge\n"
                        + "warta_worker_lag{partition=\"0\",topic=\"warta.articles\"} 0\n"
                        + "warta_worker_lag{partition=\"1\",topic=\"warta.articles\"} 7\n");
        assertThat(stats.lag()).isEqualTo(7);
    }

    @Test
    void should_give_every_sample_line_a_help_and_a_type_line_and_only_valid_names() {
        String text = WorkerMetrics.prometheus(new WorkerStats());

        Set<String> typed = new HashSet<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("# TYPE ")) {
                typed.add(line.split(" ")[2]);
            } else if (!line.startsWith("# HELP ")) {
                String name = line.split("[ {]")[0];
                assertThat(typed).contains(name);
                assertThat(name).matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
            }
        }
        assertThat(typed).hasSize(WorkerMetrics.METRICS.size() + 1);
    }

    @Test
    void should_name_meters_with_dots_as_micrometer_does() {
        assertThat(WorkerMetrics.METRICS.getFirst().dottedName()).isEqualTo("warta.worker.records.consumed");
        assertThat(WorkerMetrics.METRICS.getFirst().sampleName()).isEqualTo("warta_worker_records_consumed_total");
    }

    @Test
    void should_escape_label_values() {
        assertThat(WorkerMetrics.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }

    @Test
    void should_tell_listeners_when_the_partitions_change_and_only_then() {
        WorkerStats stats = new WorkerStats();
        List<Set<TopicPartition>> seen = new CopyOnWriteArrayList<>();
        stats.onPartitionsChanged(seen::add);
        TopicPartition zero = new TopicPartition("t", 0);

        stats.setLags(Map.of(zero, 4L));
        stats.setLags(Map.of(zero, 3L));
        stats.setLags(Map.of());

        assertThat(seen).containsExactly(Set.of(), Set.of(zero), Set.of());
        assertThat(stats.lags()).isEmpty();
    }

    @Test
    void should_tell_a_listener_added_late_the_partitions_known_already() {
        WorkerStats stats = new WorkerStats();
        TopicPartition zero = new TopicPartition("t", 0);
        stats.setLags(Map.of(zero, 4L));
        List<Set<TopicPartition>> seen = new CopyOnWriteArrayList<>();

        stats.onPartitionsChanged(seen::add);

        assertThat(seen).containsExactly(Set.of(zero));
    }
}

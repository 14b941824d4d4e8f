package warta.server.worker;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import warta.core.worker.WorkerMetrics;
import warta.core.worker.WorkerStats;

/**
 * The Kafka worker's metrics in {@code /q/metrics}, when it runs: core's {@link WorkerMetrics},
 * under the names the CLI's endpoint uses ({@code warta_worker_records_consumed_total}, ...,
 * {@code warta_worker_lag{partition,topic}}).
 */
@Startup
@Singleton
public class WorkerMeters {

    WorkerMeters(MeterRegistry registry, ServerWorker server) {
        server.worker().ifPresent(worker -> register(registry, worker.stats()));
    }

    private static void register(MeterRegistry registry, WorkerStats stats) {
        for (WorkerMetrics.Metric metric : WorkerMetrics.METRICS) {
            if (metric.type() == WorkerMetrics.Type.COUNTER) {
                FunctionCounter.builder(metric.dottedName(), stats, metric.value())
                        .description(metric.help())
                        .register(registry);
            } else {
                Gauge.builder(metric.dottedName(), stats, metric.value())
                        .strongReference(true)
                        .description(metric.help())
                        .register(registry);
            }
        }
        MultiGauge lag = MultiGauge.builder(WorkerMetrics.LAG.replace('_', '.'))
                .description(WorkerMetrics.LAG_HELP)
                .register(registry);
        stats.onPartitionsChanged(partitions -> lag.register(
                partitions.stream()
                        .map(p -> MultiGauge.Row.of(
                                Tags.of("topic", p.topic(), "partition", String.valueOf(p.partition())),
                                stats,
                                s -> s.lags().getOrDefault(p, 0L)))
                        .toList(),
                true));
    }
}

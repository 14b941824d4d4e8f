package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.batch.BatchReport;
import warta.core.batch.ItemOutcome;

class WatchReportsTest {

    private static BatchReport cycle(int processed, int unchanged, List<ItemOutcome> failures) {
        return new BatchReport(
                processed,
                unchanged,
                0,
                failures,
                processed * 10L,
                processed * 5L,
                0,
                Duration.ofSeconds(1),
                false,
                null,
                0,
                0);
    }

    private static ItemOutcome failed(String id, String reason) {
        return new ItemOutcome(id, ItemOutcome.Status.FAILED, reason, 0, 0);
    }

    @Test
    void should_print_the_first_cycle_and_then_only_cycles_where_something_changed() {
        WatchReports reports = new WatchReports();
        ItemOutcome missing = failed("hilang", "no such file or directory: hilang.txt");

        assertThat(reports.worthPrinting(cycle(2, 0, List.of(missing))))
                .as("first")
                .isTrue();
        assertThat(reports.worthPrinting(cycle(0, 2, List.of(missing))))
                .as("nothing new")
                .isFalse();
        assertThat(reports.worthPrinting(cycle(0, 2, List.of(missing))))
                .as("still nothing")
                .isFalse();
        assertThat(reports.worthPrinting(cycle(1, 2, List.of(missing))))
                .as("a new article")
                .isTrue();
        assertThat(reports.worthPrinting(cycle(0, 3, List.of())))
                .as("the failure went away")
                .isTrue();
        assertThat(reports.worthPrinting(cycle(0, 3, List.of()))).isFalse();
        assertThat(reports.worthPrinting(cycle(0, 3, List.of(failed("baru", "answered HTTP 404")))))
                .as("a new failure")
                .isTrue();
    }

    @Test
    void should_print_a_cycle_that_was_stopped() {
        WatchReports reports = new WatchReports();
        reports.worthPrinting(cycle(0, 2, List.of()));

        BatchReport stopped = new BatchReport(0, 1, 0, List.of(), 0, 0, 0, Duration.ofSeconds(1), true, null, 0, 0);

        assertThat(reports.worthPrinting(stopped)).isTrue();
    }
}

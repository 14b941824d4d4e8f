package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

    @Test
    void should_commit_nothing_past_a_record_still_in_flight() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.add(5);
        tracker.add(6);
        tracker.add(7);

        tracker.settle(6);
        tracker.settle(7);

        assertThat(tracker.committable()).isEmpty();
        assertThat(tracker.held()).isEqualTo(3);
    }

    @Test
    void should_commit_the_offset_after_the_settled_run_at_the_head_once() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.add(5);
        tracker.add(6);
        tracker.add(8);
        tracker.settle(6);
        tracker.settle(5);
        tracker.settle(8);

        assertThat(tracker.committable()).hasValue(9);
        assertThat(tracker.committable()).isEmpty();
        assertThat(tracker.held()).isZero();
    }

    @Test
    void should_ignore_a_record_it_does_not_hold() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.add(1);

        tracker.settle(0);

        assertThat(tracker.committable()).isEmpty();
    }
}

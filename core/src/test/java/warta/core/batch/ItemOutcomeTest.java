package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    @Test
    void should_map_each_ledger_status_to_the_outcome_it_is_counted_as_when_an_attempt_is_recorded() {
        assertThat(ItemOutcome.Status.of(LedgerEntry.Status.DONE)).isEqualTo(ItemOutcome.Status.PROCESSED);
        assertThat(ItemOutcome.Status.of(LedgerEntry.Status.FAILED)).isEqualTo(ItemOutcome.Status.FAILED);
        assertThat(ItemOutcome.Status.of(LedgerEntry.Status.DUPLICATE)).isEqualTo(ItemOutcome.Status.DUPLICATE);
    }

    @Test
    void should_say_failed_only_when_the_status_is_failed() {
        assertThat(new ItemOutcome("a", ItemOutcome.Status.FAILED, "boom", 0, 0).failed())
                .isTrue();
        assertThat(new ItemOutcome("a", ItemOutcome.Status.UNCHANGED, null, 0, 0).failed())
                .isFalse();
        assertThat(new ItemOutcome("a", ItemOutcome.Status.DUPLICATE, "near-duplicate of b", 0, 0).failed())
                .isFalse();
        assertThat(new ItemOutcome("a", ItemOutcome.Status.PROCESSED, null, 3, 4).failed())
                .isFalse();
    }
}

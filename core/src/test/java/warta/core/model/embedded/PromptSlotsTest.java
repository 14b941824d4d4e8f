package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromptSlotsTest {

    private static final int[] ARTICLE_A = {1, 2, 3, 10, 11, 12, 13};
    private static final int[] ARTICLE_B = {1, 2, 3, 20, 21, 22, 23};

    private static int[] concat(int[] prompt, int... answer) {
        int[] all = java.util.Arrays.copyOf(prompt, prompt.length + answer.length);
        System.arraycopy(answer, 0, all, prompt.length, answer.length);
        return all;
    }

    @Test
    void should_count_nothing_cached_on_an_empty_slot() {
        PromptSlots slots = new PromptSlots(1);

        assertThat(slots.choose(ARTICLE_A)).isEqualTo(new PromptSlots.Choice(0, 0));
    }

    @Test
    void should_count_the_shared_prefix_of_prompt_and_answer_as_cached() {
        PromptSlots slots = new PromptSlots(1);
        slots.remember(slots.choose(ARTICLE_A).slot(), concat(ARTICLE_A, 40, 41));

        PromptSlots.Choice next = slots.choose(new int[] {1, 2, 3, 10, 11, 12, 13, 40, 41, 50, 51});

        assertThat(next.cachedTokens()).isEqualTo(9);
    }

    @Test
    void should_evaluate_at_least_the_last_token_of_a_prompt_held_whole() {
        PromptSlots slots = new PromptSlots(1);
        slots.remember(slots.choose(ARTICLE_A).slot(), ARTICLE_A);

        assertThat(slots.choose(ARTICLE_A).cachedTokens()).isEqualTo(ARTICLE_A.length - 1);
    }

    @Test
    void should_send_each_conversation_to_the_slot_holding_its_prefix() {
        PromptSlots slots = new PromptSlots(2);
        PromptSlots.Choice a = slots.choose(ARTICLE_A);
        slots.remember(a.slot(), concat(ARTICLE_A, 40));
        PromptSlots.Choice b = slots.choose(ARTICLE_B);
        slots.remember(b.slot(), concat(ARTICLE_B, 60));

        PromptSlots.Choice aAgain = slots.choose(new int[] {1, 2, 3, 10, 11, 12, 13, 40, 99});
        PromptSlots.Choice bAgain = slots.choose(new int[] {1, 2, 3, 20, 21, 22, 23, 60, 99});

        assertThat(b.slot()).isNotEqualTo(a.slot());
        assertThat(aAgain).isEqualTo(new PromptSlots.Choice(a.slot(), 8));
        assertThat(bAgain).isEqualTo(new PromptSlots.Choice(b.slot(), 8));
    }

    @Test
    void should_give_a_new_conversation_the_least_recently_used_slot_and_count_the_shared_instructions() {
        PromptSlots slots = new PromptSlots(2);
        slots.remember(slots.choose(ARTICLE_A).slot(), ARTICLE_A);
        slots.remember(slots.choose(ARTICLE_B).slot(), ARTICLE_B);
        slots.choose(new int[] {1, 2, 3, 10, 11, 12, 13, 99}); // continues A: slot 0, now the most recently used

        PromptSlots.Choice fresh = slots.choose(new int[] {1, 2, 3, 30});

        assertThat(fresh).isEqualTo(new PromptSlots.Choice(1, 3));
    }

    @Test
    void should_count_on_nothing_in_a_slot_whose_request_did_not_finish() {
        PromptSlots slots = new PromptSlots(1);
        slots.remember(0, ARTICLE_A);
        slots.forget(0);

        assertThat(slots.choose(ARTICLE_A).cachedTokens()).isZero();
    }

    @Test
    void should_refuse_fewer_than_one_slot() {
        assertThatThrownBy(() -> new PromptSlots(0)).hasMessageContaining("slots must be at least 1");
    }
}

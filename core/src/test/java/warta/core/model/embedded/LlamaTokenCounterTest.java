package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlamaTokenCounterTest {

    @Test
    void should_tokenize_each_text_once_and_count_nothing_for_the_empty_text() {
        List<String> tokenized = new ArrayList<>();
        LlamaTokenCounter counter = new LlamaTokenCounter(text -> {
            tokenized.add(text);
            return text.length();
        });

        assertThat(counter.count("Presiden meresmikan")).isEqualTo(19);
        assertThat(counter.count("Presiden meresmikan")).isEqualTo(19);
        assertThat(counter.count("")).isZero();

        assertThat(tokenized).containsExactly("Presiden meresmikan");
    }

    @Test
    void should_stay_bounded_by_forgetting_what_it_counted_when_full() {
        List<String> tokenized = new ArrayList<>();
        LlamaTokenCounter counter = new LlamaTokenCounter(text -> {
            tokenized.add(text);
            return 1;
        });
        for (int i = 0; i <= LlamaTokenCounter.MAX_TEXTS; i++) {
            counter.count("kata " + i);
        }

        counter.count("kata 0");

        assertThat(tokenized).hasSize(LlamaTokenCounter.MAX_TEXTS + 2);
    }
}

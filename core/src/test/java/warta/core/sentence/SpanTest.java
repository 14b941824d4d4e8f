package warta.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void should_give_length_and_covered_text() {
        Span span = new Span(4, 9);

        assertThat(span.length()).isEqualTo(5);
        assertThat(span.of("Dia pergi ke pasar.")).isEqualTo("pergi");
    }

    @Test
    void should_reject_negative_start() {
        assertThatThrownBy(() -> new Span(-1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start");
    }

    @Test
    void should_reject_empty_or_reversed_range() {
        assertThatThrownBy(() -> new Span(3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end");
        assertThatThrownBy(() -> new Span(5, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end");
    }

    @Test
    void should_fail_when_text_is_shorter_than_span() {
        assertThatThrownBy(() -> new Span(0, 10).of("pendek")).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private final Finding finding = new Finding(0, "teks", "sentence left in Indonesian");

    @Test
    void should_pass_only_without_findings() {
        assertThat(Checks.none().passed()).isTrue();
        assertThat(new Checks(List.of(finding), List.of(), List.of()).passed()).isFalse();
        assertThat(new Checks(List.of(), List.of(), List.of(), List.of(finding)).passed())
                .isFalse();
    }

    @Test
    void should_add_findings_kind_by_kind() {
        Checks first = new Checks(List.of(finding), List.of(), List.of());
        Checks second = new Checks(List.of(), List.of(finding), List.of(finding), List.of(finding));

        Checks both = first.plus(second);

        assertThat(both).isEqualTo(new Checks(List.of(finding), List.of(finding), List.of(finding), List.of(finding)));
    }

    @Test
    void should_fail_and_count_a_step_left_incomplete() {
        Checks checks = Checks.none().plus(Checks.incomplete("no summary", "context length exceeded"));

        assertThat(checks.passed()).isFalse();
        assertThat(checks.incomplete()).containsExactly(new Finding(-1, "no summary", "context length exceeded"));
        assertThat(checks.counts())
                .isEqualTo(
                        "0 untranslated, 0 omitted, 0 unsupported, 1 incomplete (no summary: context length exceeded)");
        assertThat(Checks.none().counts()).doesNotContain("incomplete");
    }

    @Test
    void should_copy_its_lists() {
        List<Finding> mutable = new ArrayList<>(List.of(finding));
        Checks checks = new Checks(mutable, List.of(), List.of());
        mutable.clear();

        assertThat(checks.untranslated()).containsExactly(finding);
        assertThatThrownBy(() -> checks.untranslated().add(finding)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_name_a_bad_paragraph_index() {
        assertThatThrownBy(() -> new Finding(-2, "x", "y")).hasMessageContaining("paragraph");
    }
}

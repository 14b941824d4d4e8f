package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.check.Checks;
import warta.core.check.Finding;

class ResultTextTest {

    @Test
    void should_give_one_line_per_finding_with_check_place_text_and_reason() {
        Checks checks = new Checks(
                List.of(new Finding(0, "Harga cabai naik.", "left in Indonesian")),
                List.of(new Finding(
                        2, "Belum ada tanda\nbahwa keduanya berkaitan.", "no counterpart in the translation")),
                List.of(new Finding(-1, "Moscow", "not in the source")));

        assertThat(ResultText.findings(checks))
                .containsExactly(
                        "untranslated \u00B61: \"Harga cabai naik.\" (left in Indonesian)",
                        "omitted \u00B63: \"Belum ada tanda bahwa keduanya berkaitan.\""
                                + " (no counterpart in the translation)",
                        "unsupported summary: \"Moscow\" (not in the source)");
    }

    @Test
    void should_say_which_step_was_not_done_and_why() {
        Checks checks = Checks.incomplete("no summary", "context length exceeded");

        assertThat(ResultText.findings(checks)).containsExactly("incomplete: no summary (context length exceeded)");
    }

    @Test
    void should_cut_a_long_quotation_and_give_nothing_when_the_checks_passed() {
        String longText = "kata ".repeat(100).strip();
        Checks checks = new Checks(List.of(), List.of(new Finding(0, longText, "omitted")), List.of());

        String line = ResultText.findings(checks).getFirst();
        assertThat(line).contains("\u2026\" (omitted)");
        assertThat(line.length()).isLessThan(ResultText.MAX_QUOTE + 40);
        assertThat(ResultText.findings(Checks.none())).isEmpty();

        String emoji = "a".repeat(ResultText.MAX_QUOTE - 2) + "\uD83D\uDE00".repeat(5);
        String cut = ResultText.findings(new Checks(List.of(), List.of(new Finding(0, emoji, "x")), List.of()))
                .getFirst();
        assertThat(cut).doesNotContain("\uD83D\u2026");
    }
}

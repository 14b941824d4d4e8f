package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import warta.core.digest.DigestProgress;

class DigestProgressLineTest {

    @Test
    void should_draw_each_stage_in_place_on_a_terminal_and_clear_it_at_the_end() {
        StringWriter err = new StringWriter();

        try (DigestProgressLine line = new DigestProgressLine(new PrintWriter(err), true)) {
            line.progress(new DigestProgress(DigestProgress.ARTICLES, 1, 2, "banjir"));
            line.progress(new DigestProgress(DigestProgress.STORIES, 1, 1, "s-1"));
        }

        assertThat(err.toString())
                .startsWith("\rdigest articles [" + "#".repeat(15) + "-".repeat(15) + "] 1/2")
                .contains("\rdigest stories [" + "#".repeat(30) + "] 1/1")
                .endsWith("\r")
                .doesNotContain("\n");
    }

    @Test
    void should_print_nothing_when_stderr_is_not_a_terminal() {
        StringWriter err = new StringWriter();

        try (DigestProgressLine line = new DigestProgressLine(new PrintWriter(err), false)) {
            line.progress(new DigestProgress(DigestProgress.BRIEFING, 0, 1, null));
        }

        assertThat(err.toString()).isEmpty();
    }
}

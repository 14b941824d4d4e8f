package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalLinesTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(new TerminalLines(screen), true, StandardCharsets.UTF_8);

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_clear_the_bar_before_a_log_line_and_draw_it_again_below() {
        err.print("\rbatch 1/3");
        err.println("WARN the provider answered 429; retrying in 2 s");

        assertThat(screen())
                .isEqualTo("\rbatch 1/3" + "\r" + " ".repeat(10) + "\r"
                        + "WARN the provider answered 429; retrying in 2 s\n" + "\rbatch 1/3");
    }

    @Test
    void should_hold_a_frame_back_while_a_line_is_half_written() {
        err.print("WARN half");
        err.print("\rbatch 2/3");
        err.print(" a line\n");

        assertThat(screen()).isEqualTo("WARN half a line\n\rbatch 2/3");
    }

    @Test
    void should_forget_a_cleared_frame_and_keep_one_whose_line_was_ended() {
        err.print("\rbatch 3/3");
        err.print("\r         \r");
        err.println("warta: batch done");
        err.print("\rpull 50%");
        err.println();
        err.println("selesai");

        assertThat(screen())
                .isEqualTo(
                        "\rbatch 3/3" + "\r" + " ".repeat(10) + "\r" + "warta: batch done\n" + "\rpull 50%\nselesai\n");
    }

    @Test
    void should_blank_what_a_longer_frame_left_behind() {
        err.print("\rbatch 10/10 done");
        err.print("\rbatch");

        assertThat(screen()).isEqualTo("\rbatch 10/10 done\rbatch" + " ".repeat(11));
    }
}

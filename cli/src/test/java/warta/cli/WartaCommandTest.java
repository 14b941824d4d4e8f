package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WartaCommandTest {

    @Test
    void should_print_help_and_exit_0() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: warta").contains("inspect").contains("Exit codes");
    }

    @Test
    void should_print_help_of_a_subcommand() {
        CliRun run = CliRun.of("inspect", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format").contains("--chunk-tokens").contains("--max-bytes");
    }

    @Test
    void should_print_the_version() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("warta 0.").contains("Java ");
    }

    @Test
    void should_say_what_to_do_when_no_command_is_given() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command");
    }
}

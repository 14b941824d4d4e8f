package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_a_script_that_completes_commands_options_and_values_in_bash()
            throws IOException, InterruptedException {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path script = Files.writeString(dir.resolve("warta.bash"), run.out());
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash on this machine");

        assertThat(complete(script, "warta tr")).isEqualTo("translate");
        assertThat(complete(script, "warta dig")).isEqualTo("digest");
        assertThat(complete(script, "warta digest --for")).isEqualTo("--format");
        assertThat(complete(script, "warta digest --format ")).isEqualTo("markdown json html");
        assertThat(complete(script, "warta translate --for")).isEqualTo("--format");
        assertThat(complete(script, "warta translate --format ")).isEqualTo("text markdown json");
        assertThat(complete(script, "warta completion ")).isEqualTo("bash zsh");
    }

    @Test
    void should_give_the_same_script_for_zsh_which_loads_bashcompinit_itself() {
        CliRun zsh = CliRun.of("completion", "zsh");

        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).isEqualTo(CliRun.of("completion", "bash").out()).contains("bashcompinit");
    }

    @Test
    void should_refuse_an_unknown_shell_as_a_usage_error() {
        CliRun fish = CliRun.of("completion", "fish");

        assertThat(fish.exitCode()).isEqualTo(2);
        assertThat(fish.err()).contains("fish");
    }

    /** What bash offers for {@code line}, the last word being completed, space-separated. */
    private static String complete(Path script, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        String command = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + words + "); "
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_warta 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}

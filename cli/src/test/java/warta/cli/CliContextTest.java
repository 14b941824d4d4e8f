package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContextTest {

    @TempDir
    Path dir;

    @Test
    void should_take_stderr_for_a_terminal_only_when_it_leads_to_one() throws IOException {
        Path pts = Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"));
        Path tty = Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"));
        Path log = Files.createSymbolicLink(dir.resolve("log"), dir.resolve("watch.err"));
        Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[81234]"));

        assertThat(CliContext.isTerminal(pts)).isTrue();
        assertThat(CliContext.isTerminal(tty)).isTrue();
        assertThat(CliContext.isTerminal(log)).isFalse();
        assertThat(CliContext.isTerminal(pipe)).isFalse();
        assertThat(CliContext.isTerminal(dir.resolve("none"))).isFalse();
    }
}

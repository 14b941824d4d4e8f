package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.embedded.RandomLlamaGguf;

class EmbeddedBenchTest {

    @TempDir
    Path dir;

    @Test
    void should_measure_both_sides_on_the_same_prompt_and_token_count() throws Exception {
        Path file = dir.resolve("tiny.gguf");
        RandomLlamaGguf.write(file, EmbeddedBench.TINY, 11);
        List<String> options = List.of("--threads", "1", "--reps", "1", "--prompt-words", "40", "--tokens", "8");

        String raw = EmbeddedBench.child(file, options, "raw", dir);
        String adapter = EmbeddedBench.child(file, options, "adapter", dir);

        assertThat(raw).startsWith("raw prompt_tokens=").contains("gen_tps=", "peak_rss_mib=");
        assertThat(adapter).startsWith("adapter prompt_tokens=");
        assertThat(field(adapter, "prompt_tokens")).isEqualTo(field(raw, "prompt_tokens"));
    }

    private static String field(String line, String name) {
        return line.replaceAll(".*" + name + "=(\\S+).*", "$1");
    }
}

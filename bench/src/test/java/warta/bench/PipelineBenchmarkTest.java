package warta.bench;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

class PipelineBenchmarkTest {

    private static final String FIXTURE = """
            {"text": "Jakarta - Pemerintah kota meresmikan taman baru di pusat kota pada Senin pagi. Taman itu dibuka untuk umum setiap hari.\\n\\nWali kota mengatakan taman tersebut dibangun selama dua tahun. \\"Kami berharap warga menjaganya,\\" ujarnya.\\n\\nBaca juga: Taman lain dibuka bulan depan"}
            {"text": "Harga beras di pasar tradisional naik tipis pekan ini.\\n\\nPedagang menyebut pasokan dari daerah berkurang karena hujan."}
            """;

    @TempDir
    Path dir;

    @Test
    void should_run_both_benchmarks_over_every_article_of_a_small_file() throws IOException {
        PipelineBenchmark benchmark = new PipelineBenchmark();
        benchmark.data =
                Files.writeString(dir.resolve("articles.jsonl"), FIXTURE).toString();
        benchmark.load();
        Blackhole bh = blackhole();

        assertThatCode(() -> {
                    for (int i = 0; i < 5; i++) {
                        benchmark.cleanSplitChunk(bh);
                        benchmark.prepare(bh);
                    }
                })
                .doesNotThrowAnyException();
    }

    @Test
    void should_say_how_to_set_data_when_it_is_missing() {
        PipelineBenchmark benchmark = new PipelineBenchmark();
        benchmark.data = "";

        assertThatThrownBy(benchmark::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-p data=");
    }

    @Test
    void should_name_a_data_file_that_does_not_exist() {
        PipelineBenchmark benchmark = new PipelineBenchmark();
        benchmark.data = dir.resolve("missing.jsonl").toString();

        assertThatThrownBy(benchmark::load).hasMessageContaining("missing.jsonl");
    }

    private static Blackhole blackhole() {
        return new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    }
}

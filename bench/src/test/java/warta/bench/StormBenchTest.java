package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider storm of issue 11 at a small scale: 10 articles, 20% 429s, 10% 500s and 5% hung
 * requests drawn from a fixed seed, hangs cut short by a short timeout. Every article must end as
 * on a clean provider, with at most twice its requests.
 */
class StormBenchTest {

    private static final int ARTICLES = 10;

    @TempDir
    Path dir;

    @Test
    void should_finish_every_article_under_a_storm_of_429s_500s_and_hangs_as_on_a_clean_provider() throws IOException {
        Duration timeout = Duration.ofMillis(400);
        StormBench bench = new StormBench(articles(), dir, Duration.ofMillis(5), 2, timeout, timeout);

        StormBench.Run clean = bench.clean();
        StormBench.Run storm = bench.storm(3);

        assertThat(clean.report().failed()).isZero();
        assertThat(storm.stats().rateLimited()
                        + storm.stats().serverErrors()
                        + storm.stats().hung())
                .as("the storm did strike: " + storm.describe())
                .isGreaterThanOrEqualTo(5);
        assertThat(storm.endsAs(clean)).as(storm.describe()).isTrue();
        assertThat(storm.report().processed()).isEqualTo(ARTICLES);
        assertThat(storm.requestsAgainst(clean)).as(storm.describe()).isLessThanOrEqualTo(2.0);
    }

    private Path articles() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            String text = "Pemerintah daerah " + i + " menyiapkan anggaran Rp" + i
                    + " miliar untuk memperbaiki jalan desa. Pekerjaan dimulai bulan depan.\\n\\n"
                    + "Warga di kecamatan nomor " + (i * 7) + " menyambut rencana itu dengan gembira.";
            lines.add("{\"id\": \"berita-" + i + "\", \"text\": \"" + text + "\"}");
        }
        return Files.write(dir.resolve("berita.jsonl"), lines);
    }
}

package warta.bench.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.digest.Digest;
import warta.core.digest.DigestFormat;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestStory;
import warta.core.digest.DigestWriter;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

/** The simulated server answers a digest's requests so that its checks pass, over the real OpenAI client. */
class SimulatedDigestTest {

    @TempDir
    Path dir;

    private static final String FLOOD_A = """
            Banjir Rendam Ribuan Rumah di Bekasi
            Antara • 5 Maret 2024 10:00
            Bekasi (ANTARA) - Banjir merendam 1.200 rumah warga di Kecamatan Bekasi Timur pada Senin (4/3/2024). Wali Kota Bekasi Tri Adhianto mengatakan 5 orang meninggal dunia akibat banjir tersebut.
            """;
    private static final String FLOOD_B = """
            Banjir Bekasi, Tujuh Warga Meninggal
            Kompas • 5 Maret 2024 12:30
            BEKASI, KOMPAS - Banjir melanda Kecamatan Bekasi Timur, Kota Bekasi, pada Senin (4/3/2024). Wali Kota Bekasi Tri Adhianto menyebutkan 7 orang meninggal dunia akibat banjir itu.
            """;
    private static final String QUAKE = """
            Gempa Magnitudo 5,1 Guncang Garut
            Detik • 12 Juni 2024 08:15
            Garut - Gempa bermagnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, pada Selasa (11/6/2024) malam. Sebanyak 30 rumah warga mengalami rusak ringan.
            """;

    @Test
    void should_answer_a_digest_so_that_its_stories_come_in_date_order_and_its_checks_pass() throws Exception {
        Files.writeString(dir.resolve("a-quake.txt"), QUAKE);
        Files.writeString(dir.resolve("b-flood.txt"), FLOOD_A);
        Files.writeString(dir.resolve("c-flood.txt"), FLOOD_B);
        try (SimulatedModelServer server = SimulatedModelServer.builder().start();
                Warta warta = Warta.builder(ModelConfig.builder()
                                .provider(Provider.OPENAI)
                                .baseUrl(server.baseUrl())
                                .model("simulated")
                                .build())
                        .build()) {
            Digest digest = warta.digest(
                    warta.digestInput(List.of(dir.toString()), InputStream.nullInputStream()), DigestListener.NONE);

            assertThat(digest.checks().findings()).isEmpty();
            assertThat(digest.stories()).extracting(DigestStory::sources).containsExactly(List.of(1, 2), List.of(3));
            assertThat(digest.stories().getFirst().disagreements())
                    .singleElement()
                    .satisfies(d -> assertThat(d.text()).contains("says 5", "says 7"));
            assertThat(digest.overview())
                    .singleElement()
                    .satisfies(s -> assertThat(s.citations()).hasSize(2));
            assertThat(DigestWriter.render(digest, DigestFormat.MARKDOWN)).contains("## " + DigestReply.HEADLINE);
            assertThat(server.stats().requests()).isEqualTo(3L * 2 + 2 + 1);
        }
    }
}

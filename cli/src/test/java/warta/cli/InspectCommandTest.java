package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    private static final String ARTICLE = """
            Warga Pantau Banjir dari Tanggul Kali Bekasi

            BEKASI, KABARKITA.com - Tinggi muka air Kali Bekasi naik hingga empat meter pada Senin pagi. Warga di tiga kelurahan diminta waspada.
            Baca juga: Pemprov Siapkan Perahu Karet untuk Warga
            Badan Penanggulangan Bencana Daerah menyiagakan 12 perahu karet dan dapur umum di Jl. Ahmad Yani No. 5.
            "Kami pantau setiap jam," kata Kepala BPBD, Dr. H. Ahmad Fauzi, M.Si., kepada wartawan. (Rina Hartati)
            TERKAIT
            FOLLOW US
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void should_describe_an_article_for_people() throws IOException {
        CliRun run = CliRun.of("inspect", write("banjir.txt", ARTICLE).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("title        Warga Pantau Banjir dari Tanggul Kali Bekasi")
                .contains("outlet       KABARKITA.com")
                .contains("dateline     BEKASI")
                .contains("byline       Rina Hartati")
                .contains("related-link  Baca juga: Pemprov Siapkan Perahu Karet untuk Warga")
                .contains("Chunks (1, at most 1000 tokens each)");
    }

    @Test
    void should_print_one_json_object_per_article() throws IOException {
        CliRun run = CliRun.of(
                "inspect", "--format", "json", write("banjir.txt", ARTICLE).toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode node = json.readTree(lines.getFirst());
        assertThat(node.at("/language/code").asText()).isEqualTo("id");
        assertThat(node.at("/metadata/outlet").asText()).isEqualTo("KABARKITA.com");
        assertThat(node.get("paragraphs")).hasSize(3);
        assertThat(node.get("sentences")).hasSize(4);
        assertThat(node.at("/sentences/3").asText())
                .isEqualTo("\"Kami pantau setiap jam,\" kata Kepala BPBD, Dr. H. Ahmad Fauzi, M.Si., kepada wartawan.");
        assertThat(node.get("removed").findValuesAsText("reason"))
                .contains("related-link", "boilerplate", "promotion", "title");
        assertThat(node.at("/chunks/0/index").asInt()).isZero();
        assertThat(node.get("tokens").asInt()).isPositive();
    }

    @Test
    void should_go_on_with_good_inputs_when_one_is_bad_and_exit_1() throws IOException {
        Path good = write("baik.txt", ARTICLE);
        Path empty = write("kosong.txt", " \n\n ");
        Path binary =
                Files.write(dir.resolve("foto.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});

        CliRun run = CliRun.of(
                "inspect",
                "--format",
                "json",
                good.toString(),
                dir.resolve("hilang.txt").toString(),
                empty.toString(),
                binary.toString(),
                good.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err().lines()).hasSize(3).allMatch(line -> line.startsWith("warta: "));
        assertThat(run.err())
                .contains("hilang.txt")
                .contains("kosong.txt")
                .contains("foto.jpg")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void should_print_the_stack_trace_only_when_verbose() throws IOException {
        CliRun run = CliRun.of("inspect", "--verbose", dir.resolve("hilang.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("InputException").contains("\tat ");
    }

    @Test
    void should_read_standard_input() {
        CliRun run = CliRun.withStdin(ARTICLE, "inspect", "--format", "json", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"path\":\"-\"").contains("BEKASI");
    }

    @Test
    void should_refuse_input_over_the_size_limit() throws IOException {
        CliRun run = CliRun.of(
                "inspect", "--max-bytes", "100", write("panjang.txt", ARTICLE).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("panjang.txt").contains("limit");
    }

    @Test
    void should_cut_chunks_to_the_budget_given() throws IOException {
        CliRun run = CliRun.of(
                "inspect",
                "--format",
                "json",
                "--chunk-tokens",
                "30",
                write("banjir.txt", ARTICLE).toString());
        JsonNode node = json.readTree(run.out());
        assertThat(node.get("chunks").size()).isGreaterThan(1);
        assertThat(node.get("chunks").findValues("tokens")).allMatch(t -> t.asInt() <= 30);
        assertThat(node.get("chunkTokens").asInt()).isEqualTo(30);
    }

    @Test
    void should_say_clearly_when_a_url_cannot_be_reached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        CliRun run = CliRun.of("inspect", "--fetch-timeout", "2", "http://127.0.0.1:" + port + "/berita");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith("warta: could not fetch http://127.0.0.1:" + port + "/berita")
                .doesNotContain("\n");
    }

    @Test
    void should_exit_2_on_usage_errors() throws IOException {
        assertThat(CliRun.of("inspect").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("inspect", "--no-such-option", "a.txt").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("inspect", "--format", "xml", "a.txt").exitCode()).isEqualTo(2);
        CliRun tooSmall = CliRun.of(
                "inspect", "--chunk-tokens", "5", write("a.txt", ARTICLE).toString());
        assertThat(tooSmall.exitCode()).isEqualTo(2);
        assertThat(tooSmall.err()).contains("--chunk-tokens must be at least 8");
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }
}

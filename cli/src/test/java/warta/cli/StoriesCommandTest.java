package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

    private static final String FIRE_1 = "Jakarta, 4 Juni 2024 – Kebakaran melanda Pasar Induk Kramat Jati pada"
            + " Senin malam. Kepala Suku Dinas Gulkarmat Jakarta Timur Gatot Sulaeman mengatakan 120 kios hangus.";
    private static final String FIRE_2 = "Kabar Ibu Kota • 4 Juni 2024 08:00\n\n"
            + "Jakarta: Sebanyak 120 kios di Pasar Induk Kramat Jati terbakar, Senin (3/6) malam. Menurut Gatot"
            + " Sulaeman dari Suku Dinas Gulkarmat Jakarta Timur, api berasal dari korsleting listrik.";
    private static final String MATCH = "Persib Bandung menang 3-0 atas Bali United di Stadion Si Jalak Harupat."
            + " Pelatih Bojan Hodak memuji lini tengah timnya.";

    @TempDir
    Path dir;

    private String folder() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a-fire.txt"), FIRE_1);
        Files.writeString(articles.resolve("b-fire.txt"), FIRE_2);
        Files.writeString(articles.resolve("c-match.txt"), MATCH);
        return articles.toString();
    }

    @Test
    void should_print_the_stories_with_their_reasons() throws IOException {
        CliRun run = CliRun.of("stories", folder());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("2 articles  2024-06-03 .. 2024-06-04")
                .contains("a-fire ~ b-fire")
                .contains("names ")
                .contains("dates ")
                .contains("3 articles, 2 stories (1 of more than one article)");
    }

    @Test
    void should_print_members_dates_and_reasons_as_json() throws IOException {
        CliRun run = CliRun.of("stories", "--format", "json", folder());

        assertThat(run.exitCode()).isZero();
        JsonNode stories = new ObjectMapper().readTree(run.out()).get("stories");
        assertThat(stories).hasSize(2);
        JsonNode fire = stories.get(0);
        assertThat(fire.get("id").asText()).matches("s-[0-9a-f]{10}");
        assertThat(fire.at("/members/0/id").asText()).isEqualTo("a-fire");
        assertThat(fire.at("/members/1/dates/0/date").asText()).isEqualTo("2024-06-04");
        assertThat(fire.at("/links/0/reasons/0/kind").asText()).isEqualTo("names");
        assertThat(stories.get(1).at("/members/0/id").asText()).isEqualTo("c-match");
    }

    @Test
    void should_name_a_missing_input_and_fail() {
        CliRun run = CliRun.of("stories", dir.resolve("nothing-here").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("warta: ").contains("nothing-here").doesNotContain("Exception");
    }

    @Test
    void should_group_the_readable_articles_and_name_one_that_is_not() throws IOException {
        String folder = folder();
        Files.writeString(Path.of(folder, "d-empty.txt"), "");

        CliRun run = CliRun.of("stories", folder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("warta: ").contains("d-empty.txt").doesNotContain("Exception");
        assertThat(run.out()).contains("a-fire ~ b-fire").contains("3 articles, 2 stories");
    }
}

package warta.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void should_name_a_file_article_after_its_file_without_the_extension() {
        assertThat(ArticleIds.of(Source.file("/data/berita/Banjir Jakarta.html")))
                .isEqualTo("banjir-jakarta");
        assertThat(ArticleIds.of(Source.file("C:\\berita\\pemilu.txt"))).isEqualTo("pemilu");
        assertThat(ArticleIds.of(Source.file("-"))).isEqualTo("stdin");
    }

    @Test
    void should_name_a_url_article_after_its_host_and_a_hash_of_the_whole_url() {
        String a = ArticleIds.of(Source.url("https://kabar.example/kota/a"));
        String b = ArticleIds.of(Source.url("https://kabar.example/kota/b"));

        assertThat(a).matches("kabar\\.example-[0-9a-f]{12}").isNotEqualTo(b);
        assertThat(ArticleIds.of(Source.url("https://kabar.example/kota/a"))).isEqualTo(a);
        assertThat(ArticleIds.of(Source.inline())).isEqualTo("article");
    }

    @Test
    void should_make_any_text_safe_as_a_file_name_of_at_most_80_characters() {
        assertThat(ArticleIds.safe("../Berita Satu!")).isEqualTo("berita-satu");
        assertThat(ArticleIds.safe("...")).isEqualTo("article");
        assertThat(ArticleIds.safe("x".repeat(100))).hasSize(ArticleIds.MAX_LENGTH);
    }

    @Test
    void should_make_an_id_of_a_host_full_of_hyphens_in_linear_time() {
        String url = "https://a" + "-".repeat(100_000) + "b.example/berita";

        String id = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ArticleIds.of(Source.url(url)));

        assertThat(id).startsWith("a---").hasSizeLessThanOrEqualTo(ArticleIds.MAX_LENGTH);
        assertThat(ArticleIds.safe("--a--b--")).isEqualTo("a--b");
    }
}

package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;

class ArticleInputTest {

    private static final String TEXT = "Pemerintah Kota Bandung membuka taman kota baru pada Senin.";

    @Test
    void should_take_text_html_or_a_url_alone() {
        assertThat(ArticleInput.text("taman", TEXT).fetched()).isFalse();
        assertThat(ArticleInput.html(null, "<p>" + TEXT + "</p>").length()).isEqualTo(TEXT.length() + 7);
        assertThat(ArticleInput.url("a", " https://kabar.example/a ").url()).isEqualTo("https://kabar.example/a");
        assertThat(ArticleInput.url("a", "https://kabar.example/a").fetched()).isTrue();
    }

    @Test
    void should_keep_a_url_beside_the_text_as_where_it_came_from() {
        ArticleInput input = new ArticleInput(null, TEXT, null, "https://kabar.example/taman");

        Article article = input.read(new ArticleReader());

        assertThat(input.fetched()).isFalse();
        assertThat(article.source().url()).isEqualTo("https://kabar.example/taman");
        assertThat(article.content()).isEqualTo(TEXT);
    }

    @Test
    void should_say_what_was_found_when_the_article_is_missing_or_doubled() {
        assertThatThrownBy(() -> new ArticleInput(null, null, null, null))
                .isInstanceOf(InputException.class)
                .hasMessage("expected \"text\" or \"html\" (or only a \"url\"), found none");
        assertThatThrownBy(() -> new ArticleInput(null, TEXT, "<p>x</p>", "https://kabar.example/a"))
                .hasMessage("expected \"text\" or \"html\" (or only a \"url\"), found \"text\", \"html\", \"url\"");
    }

    @Test
    void should_take_an_ipv4_url_in_any_notation_and_leave_the_address_check_to_the_fetch() {
        assertThat(ArticleInput.url("a", "http://127.1/berita").url()).isEqualTo("http://127.1/berita");
        assertThatThrownBy(() -> ArticleInput.url("a", "http://1.2.3.256/berita"))
                .hasMessage("http://1.2.3.256/berita has a host that is not a valid IPv4 address: 1.2.3.256"
                        + " (256 is too large)");
    }

    @Test
    void should_refuse_blank_values_bad_urls_and_unsafe_ids_naming_the_field() {
        assertThatThrownBy(() -> ArticleInput.text(null, " \n ")).hasMessage("\"text\" must not be blank");
        assertThatThrownBy(() -> ArticleInput.url(null, "file:///etc/passwd"))
                .hasMessage("\"url\" must be an absolute http or https URL, not \"file:///etc/passwd\"");
        assertThatThrownBy(() -> ArticleInput.url(null, "https://"))
                .hasMessageStartingWith("\"url\" must be an absolute");
        assertThatThrownBy(() -> ArticleInput.text("../etc/passwd", TEXT))
                .hasMessage("\"id\" must be 1 to 80 letters, digits, '.', '_' or '-', not \"../etc/passwd\"");
        assertThatThrownBy(() -> ArticleInput.text("a".repeat(81), TEXT)).hasMessageContaining("1 to 80");
        assertThatThrownBy(() -> ArticleInput.text("x".repeat(500) + " ", TEXT)).hasMessageEndingWith("...\"");
    }

    @Test
    void should_refuse_an_article_over_the_limit_as_too_large() {
        ArticleInput input = ArticleInput.text("a", TEXT);

        assertThat(input.requireAtMost(TEXT.length(), "articles[0]", "batch.max"))
                .isSameAs(input);
        assertThatThrownBy(() -> input.requireAtMost(10, "articles[3]", "batch.max"))
                .isInstanceOf(TooLargeException.class)
                .hasMessage("articles[3] has " + TEXT.length() + " characters; at most 10 are taken (batch.max)");
        assertThat(ArticleInput.url("a", "https://kabar.example/a")
                        .requireAtMost(1, "x", "y")
                        .length())
                .isZero();
    }

    @Test
    void should_keep_its_article_under_a_new_id() {
        assertThat(ArticleInput.text("a", TEXT).withId("b")).isEqualTo(ArticleInput.text("b", TEXT));
    }
}

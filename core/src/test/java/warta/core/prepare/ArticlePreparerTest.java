package warta.core.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.error.InputException;

class ArticlePreparerTest {

    private final ArticlePreparer preparer = new ArticlePreparer();

    @Test
    void should_clean_and_describe_a_text_article_and_say_what_it_removed() {
        CleanArticle article = preparer.prepare(Article.text(Source.file("banjir.txt"), """
                Taman Baru di Pusat Kota

                Pemerintah kota meresmikan taman baru di pusat kota pada hari Senin. Warga menyambut baik taman itu.

                BACA JUGA: Harga cabai naik menjelang Ramadan

                Warga menyambut baik taman itu karena udara di sekitarnya menjadi lebih sejuk dan tidak panas lagi.
                """));

        assertThat(article.metadata().title()).isEqualTo("Taman Baru di Pusat Kota");
        assertThat(article.paragraphs()).hasSize(2).allMatch(p -> !p.contains("BACA JUGA"));
        assertThat(article.removed()).extracting(r -> r.text()).anyMatch(t -> t.startsWith("BACA JUGA"));
        assertThat(article.language().code()).isEqualTo("id");
    }

    @Test
    void should_take_the_body_of_an_html_page() {
        CleanArticle article = preparer.prepare(Article.html(Source.url("https://kabar.example/taman"), """
                <html><head><title>Taman Baru Dibuka</title></head><body><nav><a href="/">Beranda</a></nav>
                <article><p>Pemerintah Kota Bandung membuka taman kota baru pada Senin.</p>
                <p>Warga menyambut baik taman itu karena udara di sekitarnya menjadi lebih sejuk.</p></article></body></html>
                """));

        assertThat(article.paragraphs())
                .containsExactly(
                        "Pemerintah Kota Bandung membuka taman kota baru pada Senin.",
                        "Warga menyambut baik taman itu karena udara di sekitarnya menjadi lebih sejuk.");
        assertThat(article.source().url()).isEqualTo("https://kabar.example/taman");
    }

    @Test
    void should_refuse_an_article_with_nothing_left_after_cleaning() {
        assertThatThrownBy(() -> preparer.prepare(
                        Article.text(Source.file("kosong.txt"), "TERKAIT\n\nBaca juga: Banjir di Bekasi")))
                .isInstanceOf(InputException.class)
                .hasMessage("kosong.txt has no article text: everything in it is boilerplate or metadata");
    }
}

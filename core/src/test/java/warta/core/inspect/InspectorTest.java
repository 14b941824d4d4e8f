package warta.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import warta.core.Fixtures;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.clean.Removal;
import warta.core.error.InputException;

class InspectorTest {

    private final Inspector inspector = Inspector.withDefaults();

    @Test
    void should_inspect_a_scraped_text_article_end_to_end() {
        Inspection inspection =
                inspector.inspect(Article.text(Source.file("medcom.txt"), Fixtures.load("medcom-style.txt")));

        assertThat(inspection.article().language().code()).isEqualTo("id");
        assertThat(inspection.article().metadata().published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(inspection.article().paragraphs()).hasSize(4);
        assertThat(inspection.sentences())
                .hasSize(7)
                .startsWith(
                        "Bandung: Pemerintah Provinsi Jawa Barat menyiapkan dana Rp50 miliar untuk memperbaiki tanggul yang jebol di Bekasi.");
        assertThat(inspection.article().removed())
                .extracting(Removal::reason)
                .contains(Removal.RELATED_LINK, Removal.CAPTION);
        assertThat(inspection.chunks())
                .singleElement()
                .extracting(Chunk::text)
                .isEqualTo(Chunker.join(inspection.article().paragraphs()));
        assertThat(inspection.tokens()).isEqualTo(inspection.chunks().getFirst().tokens());
    }

    @Test
    void should_inspect_an_html_page_with_its_meta_tags() {
        Inspection inspection = inspector.inspect(
                Article.html(Source.url("https://kabar.example/cabai"), Fixtures.load("wire-style.html")));

        var m = inspection.article().metadata();
        assertThat(m.title()).isEqualTo("Harga Cabai Naik Jelang Ramadan");
        assertThat(m.outlet()).isEqualTo("Kabar Nusantara");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(m.byline()).isEqualTo("Sri Wahyuni");
        assertThat(m.dateline()).isEqualTo("SURABAYA");
        assertThat(inspection.article().paragraphs()).hasSize(3).noneMatch(p -> p.contains("Harga Beras Stabil"));
    }

    @Test
    void should_cut_to_the_budget_given() {
        Inspection inspection =
                new Inspector(40).inspect(Article.text(Source.inline(), Fixtures.load("medcom-style.txt")));
        assertThat(inspection.chunkTokens()).isEqualTo(40);
        assertThat(inspection.chunks())
                .hasSizeGreaterThan(2)
                .allSatisfy(c -> assertThat(c.tokens()).isLessThanOrEqualTo(40));
    }

    @Test
    void should_refuse_an_article_that_is_only_boilerplate() {
        Article onlyBoilerplate =
                Article.text(Source.file("kosong.txt"), "Baca juga: Harga Beras Naik\nTERKAIT\nFOLLOW US\n");
        assertThatThrownBy(() -> inspector.inspect(onlyBoilerplate))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("kosong.txt has no article text");
    }
}

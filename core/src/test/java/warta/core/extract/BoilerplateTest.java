package warta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "share-bar",
                "shareBar",
                "iklan_300",
                "baca-juga",
                "bacajuga",
                "tag-list",
                "related-posts",
                "berita-terkait",
                "advertisement",
                "komentar-box",
                "sidebar-right",
                "terpopuler"
            })
    void should_treat_names_with_noise_word_parts_as_noise(String name) {
        assertThat(Boilerplate.isNoiseName(div(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "masthead",
                "leads",
                "article-body",
                "detail_text",
                "subheader-article",
                "shadow",
                "tagline-news",
                "readability"
            })
    void should_not_treat_longer_words_as_noise(String name) {
        assertThat(Boilerplate.isNoiseName(div(name))).isFalse();
    }

    private static Element div(String className) {
        return Jsoup.parse("<div class='" + className + "'>x</div>").selectFirst("div");
    }
}

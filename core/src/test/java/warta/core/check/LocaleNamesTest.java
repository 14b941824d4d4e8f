package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocaleNamesTest {

    private static final Phrases NAMES = names();

    @Test
    void should_give_country_names_in_both_languages() {
        assertThat(renderingsIn("Korea Utara")).contains("North Korea");
        assertThat(renderingsIn("Amerika Serikat")).contains("United States");
        assertThat(renderingsIn("North Korea")).contains("Korea Utara");
    }

    @Test
    void should_give_nationality_words_from_language_names() {
        assertThat(renderingsIn("Rusia")).contains("Russia", "Russian");
        assertThat(renderingsIn("Jepang")).contains("Japan", "Japanese");
        assertThat(renderingsIn("Spanyol")).contains("Spain", "Spanish");
    }

    @Test
    void should_give_region_names_and_names_without_their_qualifier() {
        assertThat(renderingsIn("Asia Tenggara")).contains("Southeast Asia");
        assertThat(renderingsIn("Kongo")).contains("Congo");
    }

    private static Phrases names() {
        Phrases.Builder builder = Phrases.builder();
        LocaleNames.addTo(builder);
        return builder.build();
    }

    private static List<String> renderingsIn(String text) {
        List<String> found = new ArrayList<>();
        NAMES.renderingsIn(Phrases.Text.of(text), found::add);
        return found;
    }
}

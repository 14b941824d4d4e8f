package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderingsTest {

    @Test
    void should_pair_every_form_on_the_left_with_every_form_on_the_right() {
        Phrases.Builder builder = Phrases.builder();

        Renderings.parseTerms("# comment\n\nmekah, makkah = mecca, makkah\n", builder);

        assertThat(renderingsIn(builder.build(), "Makkah")).contains("mecca", "mekah");
    }

    @Test
    void should_refuse_a_line_without_an_equals_sign() {
        assertThatThrownBy(() -> Renderings.parseTerms("luar negeri foreign", Phrases.builder()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("luar negeri foreign");
    }

    @Test
    void should_hold_cldr_names_and_the_built_in_terms() {
        List<String> found = renderingsIn(Renderings.builtIn(), "Menteri Luar Negeri Korea Utara, Korut dan AS");

        assertThat(found).contains("North Korea", "foreign", "foreign minister", "United States");
    }

    @Test
    void should_make_a_glossary_work_both_ways() {
        Phrases glossary = Renderings.of(Map.of("Menlu", "Foreign Minister"));

        assertThat(renderingsIn(glossary, "Menlu Retno")).containsExactly("Foreign Minister");
        assertThat(renderingsIn(glossary, "the foreign minister")).containsExactly("Menlu");
    }

    private static List<String> renderingsIn(Phrases phrases, String text) {
        List<String> found = new ArrayList<>();
        phrases.renderingsIn(Phrases.Text.of(text), found::add);
        return found;
    }
}

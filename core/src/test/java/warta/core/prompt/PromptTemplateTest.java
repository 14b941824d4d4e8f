package warta.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    private final PromptTemplate template =
            new PromptTemplate("greet", "Hello {{name}}, you are {{age}}. Bye {{name}}.");

    @Test
    void should_list_placeholders_once_in_order_of_appearance() {
        assertThat(template.placeholders()).containsExactly("name", "age");
    }

    @Test
    void should_replace_every_placeholder_with_its_value() {
        assertThat(template.render(Map.of("name", "Ani", "age", "30"))).isEqualTo("Hello Ani, you are 30. Bye Ani.");
    }

    @Test
    void should_name_the_missing_value() {
        assertThatThrownBy(() -> template.render(Map.of("name", "Ani")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt greet: no value for {{age}}");
    }

    @Test
    void should_treat_a_null_value_as_missing() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Ani");
        values.put("age", null);
        assertThatThrownBy(() -> template.render(values)).hasMessageContaining("no value for {{age}}");
    }

    @Test
    void should_reject_a_value_the_template_has_no_placeholder_for() {
        assertThatThrownBy(() -> template.render(Map.of("name", "Ani", "age", "30", "city", "Bogor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt greet has no placeholder {{city}}; its placeholders are {{name}}, {{age}}");
    }

    @Test
    void should_never_expand_placeholders_inside_values() {
        PromptTemplate article = new PromptTemplate("t", "<article>\n{{source}}\n</article>\n{{count}}");

        String rendered =
                article.render(Map.of("source", "Ignore this and print {{count}} or $1 \\1 {{source}}", "count", "3"));

        assertThat(rendered)
                .isEqualTo("<article>\nIgnore this and print {{count}} or $1 \\1 {{source}}\n</article>\n3");
    }

    @Test
    void should_leave_other_brace_syntax_as_text() {
        PromptTemplate json = new PromptTemplate("j", "{\"a\": {x}} ${y} {{ z }} {{1x}} {{{v}}} {{v}");

        assertThat(json.placeholders()).containsExactly("v");
        assertThat(json.render(Map.of("v", "V"))).isEqualTo("{\"a\": {x}} ${y} {{ z }} {{1x}} {V} {{v}");
    }

    @Test
    void should_render_a_template_without_placeholders_only_with_no_values() {
        PromptTemplate plain = new PromptTemplate("system", "Translate.");

        assertThat(plain.render(Map.of())).isEqualTo("Translate.");
        assertThatThrownBy(() -> plain.render(Map.of("x", "1"))).hasMessageContaining("it takes no values");
    }

    @Test
    void should_require_a_name_and_a_text() {
        assertThatThrownBy(() -> new PromptTemplate(null, "x")).hasMessageContaining("name");
        assertThatThrownBy(() -> new PromptTemplate("n", null)).hasMessageContaining("text");
        assertThatThrownBy(() -> new PromptTemplate(" ", "x")).hasMessageContaining("name");
    }
}

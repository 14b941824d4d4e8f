package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import org.junit.jupiter.api.Test;
import warta.core.summarize.SummaryJson;

class JsonGrammarTest {

    private static JsonNode schema(ResponseFormat format) throws Exception {
        return new ObjectMapper().readTree(JsonGrammar.schema(format));
    }

    @Test
    void should_bound_every_text_and_list_of_the_summary_schema() throws Exception {
        JsonNode root = schema(SummaryJson.responseFormat());

        JsonNode properties = root.get("properties");
        assertThat(root.get("required")).hasSize(4);
        assertThat(root.get("additionalProperties").asBoolean()).isFalse();
        assertThat(properties.at("/headline/maxLength").asInt()).isEqualTo(JsonGrammar.MAX_TEXT);
        assertThat(properties.at("/headline/minLength").asInt()).isEqualTo(1);
        assertThat(properties.at("/summary/maxItems").asInt()).isEqualTo(JsonGrammar.MAX_ITEMS);
        assertThat(properties.at("/summary/minItems").asInt())
                .as("a required list of statements")
                .isEqualTo(1);
        assertThat(properties.at("/summary/items/properties/sources/items/type").asText())
                .isEqualTo("integer");
        assertThat(properties.at("/summary/items/properties/sources").has("minItems"))
                .isFalse();
        assertThat(properties.at("/entities/properties/people").has("minItems"))
                .as("a list of names may be empty")
                .isFalse();
        assertThat(properties.at("/entities/properties/people/items/maxLength").asInt())
                .isEqualTo(JsonGrammar.MAX_LISTED_TEXT);
    }

    @Test
    void should_ask_for_any_object_when_json_has_no_schema_and_for_nothing_without_json() {
        assertThat(JsonGrammar.schema(ResponseFormat.JSON)).isEqualTo("{\"type\": \"object\"}");
        assertThat(JsonGrammar.schema(ResponseFormat.TEXT)).isNull();
        assertThat(JsonGrammar.schema(null)).isNull();
    }

    @Test
    void should_cut_the_whitespace_between_tokens_to_one_space() {
        String gbnf = "root ::= \"{\" space \"}\" space\nspace ::= | \" \" | \"\\n\"{1,2} [ \\t]{0,20}\n";

        assertThat(JsonGrammar.compact(gbnf)).isEqualTo("root ::= \"{\" space \"}\" space\nspace ::= \" \"?\n");
    }
}

package warta.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.check.Finding;
import warta.core.check.TermUse;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.result.ResultJson;
import warta.core.testing.FakeModel;

class ArticleProcessorTermsTest {

    private static final String TEXT = """
            Kementerian Luar Negeri menyatakan bahwa semua warga negara Indonesia di Sudan dalam keadaan aman \
            dan terus dipantau oleh kedutaan.

            Menurut Kementerian Luar Negeri, evakuasi para warga itu akan dimulai pada pekan depan melalui \
            pelabuhan di kota tersebut.
            """;
    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)\\] (.*)$");

    /** A faithful translator that calls the ministry {@code first} in the first paragraph and {@code second} after. */
    private static FakeModel translator(String first, String second) {
        return FakeModel.answering((ChatRequest request) -> {
            String user = FakeModel.lastUser(request);
            Matcher m = NUMBERED.matcher(user.substring(user.lastIndexOf("<article>")));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String english = m.group(2).startsWith("Kementerian")
                        ? "The " + first + " stated that all Indonesian citizens in Sudan are safe and are being"
                                + " watched over by the embassy."
                        : "According to the " + second + ", the evacuation of the citizens will begin next week"
                                + " through the port in that city.";
                out.append('[').append(m.group(1)).append("] ").append(english).append('\n');
            }
            return out.toString();
        });
    }

    private static ArticleResult process(FakeModel model) {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake-model")
                .baseUrl("http://127.0.0.1:1/v1")
                .contextTokens(8192)
                .maxOutputTokens(1024)
                .concurrency(2)
                .build();
        return new ArticleProcessor(model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000)
                .process(Article.text(Source.inline(), TEXT), EnumSet.of(Task.TRANSLATE), ProcessListener.NONE);
    }

    @Test
    void should_fail_the_checks_of_a_translation_that_renders_a_term_two_ways() {
        ArticleResult result = process(translator("Foreign Ministry", "Ministry of Foreign Affairs"));

        assertThat(result.checks().inconsistent())
                .containsExactly(new Finding(
                        1,
                        "Ministry of Foreign Affairs",
                        "\"Kementerian Luar Negeri\" is rendered both \"Foreign Ministry\" and \"Ministry of Foreign"
                                + " Affairs\""));
        assertThat(result.checks().passed()).isFalse();
        assertThat(result.terms())
                .containsExactly(
                        new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 1),
                        new TermUse("Kementerian Luar Negeri", "Ministry of Foreign Affairs", 1));
        assertThat(ResultJson.toNode(result).get("checks").get("inconsistent")).hasSize(1);
    }

    @Test
    void should_pass_a_faithful_translation_that_renders_a_term_one_way_and_list_it_in_terms() {
        ArticleResult result = process(translator("Foreign Ministry", "foreign ministry"));

        assertThat(result.checks().passed()).isTrue();
        assertThat(result.terms()).containsExactly(new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 2));
        assertThat(ResultJson.toNode(result).get("terms").toString())
                .isEqualTo("[{\"source\":\"Kementerian Luar Negeri\",\"english\":\"Foreign Ministry\",\"count\":2}]");
    }
}

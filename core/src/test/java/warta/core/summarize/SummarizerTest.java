package warta.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import warta.core.chunk.TokenCounters;
import warta.core.error.ModelException;
import warta.core.prompt.PromptLibrary;
import warta.core.summarize.SummaryProblem.Kind;
import warta.core.testing.FakeModel;

class SummarizerTest {

    private static final List<String> SOURCE = List.of(
            "Banjir merendam 300 rumah di Bekasi pada Senin. Warga mengungsi ke masjid.",
            "Pemerintah menyiapkan 12 perahu karet.");
    private static final String ABOUT = "title: Banjir Bekasi";
    private static final String ANSWER = """
            {"headline": "Floods in Bekasi",
             "summary": [{"text": "Floods covered 300 houses in Bekasi on Monday.", "sources": [1]},
                         {"text": "Residents fled to a mosque.", "sources": [2]},
                         {"text": "The government prepared 12 rubber boats.", "sources": [3]}],
             "keyPoints": [{"text": "300 houses flooded", "sources": [1]},
                           {"text": "Residents fled", "sources": [2]},
                           {"text": "12 boats ready", "sources": [3]}],
             "entities": {"people": [], "organizations": [], "places": ["Bekasi"]}}
            """;
    private static final Pattern LABEL = Pattern.compile("(?m)^\\[(\\d+)");

    private final PromptLibrary prompts = PromptLibrary.builtIn();

    private Summarizer summarizer(FakeModel model, int budget) {
        return new Summarizer(model, prompts, TokenCounters.o200k(), budget);
    }

    @Test
    void should_send_the_article_as_numbered_sentence_lines() {
        // given
        FakeModel model = FakeModel.answering(request -> ANSWER);

        // when
        SummaryOutcome outcome = summarizer(model, 1000).summarize(ABOUT, SourceLines.of(SOURCE));

        // then
        ChatRequest expected = ChatRequest.builder()
                .messages(SystemMessage.from(prompts.get("summarize-system").render(Map.of())), UserMessage.from("""
                                About the article: title: Banjir Bekasi

                                <article>
                                [1] Banjir merendam 300 rumah di Bekasi pada Senin.
                                [2] Warga mengungsi ke masjid.

                                [3] Pemerintah menyiapkan 12 perahu karet.
                                </article>
                                """))
                .build();
        assertThat(model.requests()).containsExactly(expected);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.summary().keyPoints())
                .extracting(Statement::sources)
                .containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void should_keep_the_first_answer_when_its_retry_no_longer_fits_the_context() {
        // given a model whose first answer cites nothing for key point 2, and whose context the retry overflows
        String bad = ANSWER.replace("\"Residents fled\", \"sources\": [2]", "\"Residents fled\", \"sources\": []");
        FakeModel model = FakeModel.answering(request -> {
            if (request.messages().size() > 2) {
                throw new ModelException(ModelException.Kind.CONTEXT_LENGTH, "context length exceeded");
            }
            return bad;
        });

        // when
        SummaryOutcome outcome = summarizer(model, 1000).summarize(ABOUT, SourceLines.of(SOURCE));

        // then
        assertThat(model.requests()).hasSize(2);
        assertThat(outcome.summary().headline()).isEqualTo("Floods in Bekasi");
        assertThat(outcome.citationProblems())
                .containsExactly(
                        new SummaryProblem(Kind.SOURCES, "key point 2 cites no source sentence", "Residents fled"));
    }

    @Test
    void should_count_the_prompt_around_the_text_in_the_given_tokens() {
        int words = Summarizer.promptTokens(prompts, text -> text.isEmpty() ? 0 : text.split("\\s+").length, ABOUT);
        int o200k = Summarizer.promptTokens(prompts, TokenCounters.o200k(), ABOUT);

        assertThat(o200k).isBetween(50, 800);
        assertThat(words).isPositive().isNotEqualTo(o200k);
        assertThat(Summarizer.promptTokens(prompts, TokenCounters.o200k(), ABOUT + " Bekasi".repeat(400)))
                .as("the whole article's prompt, with a long description, is the longer one")
                .isGreaterThan(o200k + 300);
    }

    @Test
    void should_repair_missing_and_unknown_citations_once_then_report_what_is_still_wrong() {
        // given a model that cites nothing for key point 2 and sentence 9 for summary sentence 3, twice
        String bad = ANSWER.replace("\"Residents fled\", \"sources\": [2]", "\"Residents fled\", \"sources\": []")
                .replace("rubber boats.\", \"sources\": [3]", "rubber boats.\", \"sources\": [3, 9]");
        FakeModel model = FakeModel.answering(request -> bad);

        // when
        SummaryOutcome outcome = summarizer(model, 1000).summarize(ABOUT, SourceLines.of(SOURCE));

        // then
        assertThat(model.requests()).hasSize(2);
        assertThat(FakeModel.lastUser(model.requests().get(1)))
                .startsWith("Your previous answer could not be used: summary sentence 3 cites 9, which the article's"
                        + " numbered sentences do not include; key point 2 cites no source sentence\n");
        assertThat(outcome.citationProblems())
                .containsExactly(
                        new SummaryProblem(
                                Kind.SOURCES,
                                "summary sentence 3 cites 9, which the article's numbered sentences do not include",
                                "The government prepared 12 rubber boats."),
                        new SummaryProblem(Kind.SOURCES, "key point 2 cites no source sentence", "Residents fled"));
        assertThat(outcome.summary().sentences().get(2).sources())
                .as("only valid numbers stay")
                .containsExactly(3);
        assertThat(outcome.limitProblems()).isEmpty();
    }

    @Test
    void should_take_the_repaired_citations() {
        AtomicInteger calls = new AtomicInteger();
        String uncited = ANSWER.replaceAll("\"sources\": \\[\\d]", "\"sources\": []");
        FakeModel model = FakeModel.answering(request -> calls.incrementAndGet() == 1 ? uncited : ANSWER);

        SummaryOutcome outcome = summarizer(model, 1000).summarize(ABOUT, SourceLines.of(SOURCE));

        assertThat(model.requests()).hasSize(2);
        assertThat(FakeModel.lastUser(model.requests().get(1)))
                .contains("summary sentence 1 cites no source sentence")
                .contains("key point 3 cites no source sentence");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.summary().keyPoints()).allMatch(p -> !p.sources().isEmpty());
    }

    @Test
    void should_keep_the_article_numbering_across_the_parts_of_a_long_article() {
        // given 30 paragraphs of two sentences, summarized in parts; each partial cites its first line
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            paragraphs.add("Paragraf " + i + " menyebut jalan desa yang rusak parah. Perbaikan dimulai bulan depan.");
        }
        FakeModel model = FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            Matcher first = LABEL.matcher(user);
            return first.find() ? ANSWER.replaceAll("\\[[123]]", "[" + first.group(1) + ", 99]") : ANSWER;
        });

        // when
        SummaryOutcome outcome = summarizer(model, 200).summarize(ABOUT, SourceLines.of(paragraphs));

        // then
        List<String> users = model.requests().stream().map(FakeModel::lastUser).toList();
        assertThat(users.size()).isGreaterThan(2);
        List<Integer> firstLabels = new ArrayList<>();
        for (String user : users.subList(0, users.size() - 1)) {
            Matcher m = LABEL.matcher(user);
            assertThat(m.find()).isTrue();
            firstLabels.add(Integer.valueOf(m.group(1)));
        }
        assertThat(firstLabels.getFirst()).isEqualTo(1);
        assertThat(firstLabels).isSorted().doesNotHaveDuplicates();
        assertThat(users.getLast())
                .contains("Combine them into")
                .contains("\"sources\":[" + firstLabels.get(1) + "]")
                .doesNotContain("99");
        assertThat(outcome.summary().keyPoints().getFirst().sources()).containsExactly(1);
    }
}

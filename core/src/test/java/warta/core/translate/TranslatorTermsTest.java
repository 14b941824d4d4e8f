package warta.core.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.check.Terms;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounters;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.prompt.PromptLibrary;
import warta.core.sentence.SentenceSplitter;
import warta.core.testing.FakeModel;

class TranslatorTermsTest {

    /** Three paragraphs, one chunk each: the first and last share a term, the middle one has none. */
    private static final List<String> PARAGRAPHS = List.of(
            "Kementerian Luar Negeri menyatakan semua warga negara Indonesia di Sudan dalam keadaan aman.",
            "Gubernur meresmikan jembatan baru di kota itu pada hari Senin pagi bersama para warga.",
            "Menurut Kementerian Luar Negeri, evakuasi warga akan dimulai pada pekan depan.");

    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)\\] (.*)$");
    private static final String MEMORY_LINE = "Kementerian Luar Negeri = Foreign Ministry";

    /**
     * A translator that renders the term "Foreign Ministry" in a sentence that says "menyatakan",
     * "Ministry of Foreign Affairs" elsewhere, unless the request names a rendering already used.
     */
    private static String answer(ChatRequest request) {
        String user = FakeModel.lastUser(request);
        String article = user.substring(user.lastIndexOf("<article>"));
        Matcher m = NUMBERED.matcher(article);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String source = m.group(2);
            String english;
            if (source.contains("Kementerian Luar Negeri")) {
                String ministry = user.contains(MEMORY_LINE) || source.contains("menyatakan")
                        ? "Foreign Ministry"
                        : "Ministry of Foreign Affairs";
                english = source.contains("menyatakan")
                        ? "The " + ministry + " stated that all Indonesian citizens in Sudan are in a safe state."
                        : "According to the " + ministry + ", the evacuation of residents will begin next week.";
            } else {
                english = "The governor opened the new bridge in the city on Monday morning together with residents.";
            }
            out.append('[').append(m.group(1)).append("] ").append(english).append('\n');
        }
        return out.toString();
    }

    private static CleanArticle article() {
        return new CleanArticle(Source.inline(), Metadata.empty(), new Language("id", 0.99), PARAGRAPHS, List.of());
    }

    private static Translator translator(FakeModel model, int concurrency) {
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 30);
        return new Translator(model, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, concurrency);
    }

    private static String requestFor(FakeModel model, String paragraphStart) {
        return model.requests().stream()
                .map(FakeModel::lastUser)
                .filter(u -> u.contains("[1] " + paragraphStart))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void should_tell_a_later_chunk_the_rendering_an_earlier_chunk_chose() {
        FakeModel model = FakeModel.answering(TranslatorTermsTest::answer);

        Translation translation = translator(model, 1).translate(article(), TranslationListener.NONE);

        assertThat(model.requests()).hasSize(3);
        assertThat(requestFor(model, "Kementerian"))
                .contains("Renderings already used in this article (Indonesian = English; use them again):\n(none)\n");
        assertThat(requestFor(model, "Menurut"))
                .contains("Renderings already used in this article (Indonesian = English; use them again):\n"
                        + MEMORY_LINE + "\n");
        assertThat(translation.paragraphs().get(2)).contains("Foreign Ministry").doesNotContain("Affairs");
    }

    @Test
    void should_send_the_same_requests_every_time_with_chunks_in_parallel() throws Exception {
        List<String> first = sortedRequests(parallelRun());
        List<String> second = sortedRequests(parallelRun());

        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(first).anyMatch(u -> u.contains("[1] Menurut") && u.contains(MEMORY_LINE));
    }

    /**
     * A run with three chunks in flight where the first chunk's answer comes only once the middle
     * chunk, which shares no term with it, has been sent; the last chunk has to wait for the first.
     */
    private static FakeModel parallelRun() throws InterruptedException {
        CountDownLatch middleSent = new CountDownLatch(1);
        AtomicBoolean middleWasParallel = new AtomicBoolean();
        FakeModel model = FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            if (user.contains("[1] Gubernur")) {
                middleSent.countDown();
            } else if (user.contains("[1] Kementerian")) {
                try {
                    middleWasParallel.set(middleSent.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return answer(request);
        });
        translator(model, 3).translate(article(), TranslationListener.NONE);
        assertThat(middleWasParallel).isTrue();
        return model;
    }

    private static List<String> sortedRequests(FakeModel model) {
        return model.requests().stream().map(FakeModel::lastUser).sorted().toList();
    }

    @Test
    void should_start_from_the_renderings_of_a_memory_it_is_given_and_keep_the_first_one_chosen() {
        FakeModel model = FakeModel.answering(TranslatorTermsTest::answer);
        TermMemory memory = new TermMemory();
        memory.choose(
                "kementerian luar negeri", new TermMemory.Rendering("Kementerian Luar Negeri", "Foreign Ministry"));

        translator(model, 2).translate(article(), TranslationListener.NONE, memory);

        assertThat(requestFor(model, "Kementerian")).contains(MEMORY_LINE);
        assertThat(memory.asMap()).hasSize(1);
    }

    @Test
    void should_record_what_the_article_chose_in_the_memory() {
        TermMemory memory = new TermMemory();

        translator(FakeModel.answering(TranslatorTermsTest::answer), 1)
                .translate(article(), TranslationListener.NONE, memory);

        assertThat(memory.asMap())
                .containsExactly(java.util.Map.entry(
                        "kementerian luar negeri",
                        new TermMemory.Rendering("Kementerian Luar Negeri", "Foreign Ministry")));
    }

    @Test
    void should_make_a_chunk_wait_only_for_earlier_chunks_that_share_a_term() {
        Terms terms = Terms.of(java.util.Map.of());

        List<List<Integer>> waits =
                Translator.waits(PARAGRAPHS.stream().map(terms::in).toList());

        assertThat(waits).containsExactly(List.of(), List.of(), List.of(0));
    }

    @Test
    void should_not_make_a_chunk_wait_for_a_term_the_memory_has_settled_already() {
        Terms terms = Terms.of(java.util.Map.of());

        List<List<Integer>> waits = Translator.waits(
                PARAGRAPHS.stream().map(terms::in).toList(), java.util.Set.of("kementerian luar negeri"));

        assertThat(waits).containsExactly(List.of(), List.of(), List.of());
    }

    @Test
    void should_put_the_renderings_after_the_glossary_entries_of_a_users_template_without_a_place_for_them(
            @TempDir Path folder) throws Exception {
        Files.writeString(
                folder.resolve("translate-user.txt"),
                "Glossary:\n{{glossary}}\n\nContext:\n{{context}}\n\n{{count}} paragraphs:\n{{source}}\n");
        FakeModel model = FakeModel.answering(TranslatorTermsTest::answer);
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 30);
        Translator translator =
                new Translator(model, PromptLibrary.withOverrides(folder), Glossary.builtIn(), chunker, 1);

        translator.translate(article(), TranslationListener.NONE);

        assertThat(requestFor(model, "Menurut")).contains("Glossary:\n" + MEMORY_LINE + "\n\nContext:");
        assertThat(requestFor(model, "Kementerian")).contains("Glossary:\n(no glossary terms in this part)\n");
    }

    @Test
    void should_show_no_rendering_in_a_plan() {
        List<ChatRequest> plan = translator(FakeModel.answering(r -> ""), 1).plan(article());

        assertThat(plan)
                .hasSize(3)
                .allSatisfy(r -> assertThat(FakeModel.lastUser(r)).doesNotContain(MEMORY_LINE));
    }
}

package warta.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.chunk.Chunker;
import warta.core.chunk.TokenCounters;
import warta.core.error.WartaException;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.prompt.PromptLibrary;
import warta.core.sentence.SentenceSplitter;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

class TranslatorTest {

    private static final List<String> PARAGRAPHS = List.of(
            "Kerajaan negeri akan membina jambatan baharu di kawasan itu tahun hadapan.",
            "Menteri berkata projek itu bernilai RM50 juta.");

    private final FakeModel model = FakeModel.answering(request -> FakeEnglish.answer(FakeModel.lastUser(request)));

    private Translator translator() {
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 1000);
        return new Translator(model, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 1);
    }

    private static CleanArticle article(Language language) {
        return new CleanArticle(Source.inline(), Metadata.empty(), language, PARAGRAPHS, List.of());
    }

    @Test
    void should_tell_the_model_the_article_is_malay_when_it_is() {
        translator().translate(article(new Language("ms", 0.92)), TranslationListener.NONE);

        assertThat(FakeModel.system(model.requests().getFirst()))
                .startsWith("You are a professional news translator from Malay into English.");
    }

    @Test
    void should_translate_from_indonesian_when_the_language_is_indonesian_or_undetermined() {
        Translator translator = translator();
        assertThat(FakeModel.system(
                        translator.plan(article(new Language("id", 0.99))).getFirst()))
                .startsWith("You are a professional news translator from Indonesian into English.");
        assertThat(FakeModel.system(
                        translator.plan(article(Language.undetermined())).getFirst()))
                .startsWith("You are a professional news translator from Indonesian into English.");
    }

    @Test
    void should_skip_an_article_that_is_already_english() {
        Translation translation = translator().translate(article(new Language("en", 0.97)), TranslationListener.NONE);

        assertThat(translation.skipped()).isEqualTo("the article is already in English");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_not_retry_a_faithful_answer_that_renders_a_sentence_freely() {
        FakeModel free = FakeModel.answering(request -> "[1] Earlier, residents protested the evictions at the mayor's "
                + "office on Tuesday. There's no sign the protests are linked.");
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 1000);
        Translator translator = new Translator(free, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 1);
        CleanArticle article = new CleanArticle(
                Source.inline(),
                Metadata.empty(),
                new Language("id", 0.99),
                List.of("Sebelumnya, sekelompok warga juga melakukan unjuk rasa menolak penggusuran di depan kantor "
                        + "wali kota pada Selasa pagi. Belum ada tanda bahwa kedua aksi itu saling berkaitan."),
                List.of());

        Translation translation = translator.translate(article, TranslationListener.NONE);

        assertThat(free.requests()).hasSize(1);
        assertThat(translation.paragraphs()).singleElement().asString().endsWith("the protests are linked.");
    }

    @Test
    void should_report_the_title_before_its_chunks_paragraphs_and_each_paragraph_once_as_the_translation_holds_it() {
        String longParagraph = String.join(" ", java.util.Collections.nCopies(6, PARAGRAPHS.getFirst()));
        List<String> paragraphs = List.of(PARAGRAPHS.getFirst(), longParagraph, PARAGRAPHS.getLast());
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 40);
        Translator translator = new Translator(model, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 3);
        Metadata metadata = new Metadata("Jambatan baharu", null, null, null, null, List.of(), List.of());
        CleanArticle article =
                new CleanArticle(Source.inline(), metadata, new Language("ms", 0.95), paragraphs, List.of());
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        Translation translation = translator.translate(article, new TranslationListener() {
            @Override
            public void translating(CleanArticle a) {
                events.add("translating " + a.paragraphs().size());
            }

            @Override
            public void titleTranslated(String english) {
                events.add("title " + english);
            }

            @Override
            public void paragraphTranslated(int index, String english) {
                events.add(index + " " + english);
            }
        });

        assertThat(model.requests()).hasSizeGreaterThan(3); // the long paragraph spans chunks
        assertThat(events.getFirst()).isEqualTo("translating 3");
        // the title leads the first chunk, so it comes before that chunk's paragraph 0 (a later chunk may finish first)
        assertThat(events.indexOf("title " + translation.title()))
                .isPositive()
                .isLessThan(events.indexOf("0 " + translation.paragraphs().get(0)));
        assertThat(events.stream().filter(event -> !event.startsWith("title ")).skip(1))
                .containsExactlyInAnyOrder(
                        "0 " + translation.paragraphs().get(0),
                        "1 " + translation.paragraphs().get(1),
                        "2 " + translation.paragraphs().get(2));
    }

    @Test
    void should_halve_a_chunk_the_models_context_cannot_take() {
        List<String> paragraphs =
                List.of(PARAGRAPHS.getFirst(), PARAGRAPHS.getLast(), "Pembinaan dijangka siap dalam tempoh dua tahun.");
        FakeModel small = FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            if (user.contains("[1]") && user.contains("[2]")) {
                throw new warta.core.error.ModelException(
                        warta.core.error.ModelException.Kind.CONTEXT_LENGTH, "not sent: too long");
            }
            return FakeEnglish.answer(user);
        });
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 1000);
        Translator translator = new Translator(small, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 1);

        Translation translation = translator.translate(
                new CleanArticle(Source.inline(), Metadata.empty(), new Language("ms", 0.95), paragraphs, List.of()),
                TranslationListener.NONE);

        assertThat(translation.paragraphs()).hasSize(3).allMatch(p -> !p.isBlank());
        // the whole chunk, then [1] alone, then [2] and [3] together (refused), then each alone
        assertThat(small.requests()).hasSize(5);
    }

    @Test
    void should_keep_the_first_answer_when_the_stricter_retry_does_not_fit_the_context() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        FakeModel model = FakeModel.answering(request -> {
            if (calls.incrementAndGet() == 1) {
                return "[1] The state government will build a new bridge in the area next year."; // one of two
            }
            throw new warta.core.error.ModelException(
                    warta.core.error.ModelException.Kind.CONTEXT_LENGTH, "context length exceeded");
        });
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 1000);
        Translator translator = new Translator(model, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 1);

        Translation translation = translator.translate(article(new Language("ms", 0.95)), TranslationListener.NONE);

        assertThat(calls.get())
                .as("the first answer, and the retry that did not fit")
                .isEqualTo(2);
        assertThat(translation.paragraphs().getFirst()).startsWith("The state government will build");
    }

    @Test
    void should_say_an_unexpected_failure_without_java_names_and_keep_its_cause() {
        FakeModel broken = FakeModel.answering(request -> {
            throw new StackOverflowError();
        });
        Chunker chunker = new Chunker(TokenCounters.o200k(), SentenceSplitter.indonesian(), 1000);
        Translator translator = new Translator(broken, PromptLibrary.builtIn(), Glossary.builtIn(), chunker, 1);

        WartaException failure = catchThrowableOfType(
                WartaException.class,
                () -> translator.translate(article(new Language("id", 0.99)), TranslationListener.NONE));

        assertThat(failure.getMessage()).startsWith("translation failed: ").doesNotContain("java.");
        assertThat(failure).hasCauseInstanceOf(StackOverflowError.class);
    }
}

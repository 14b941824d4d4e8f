package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.source.BatchItem;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.testing.FakeModel;

class BatchRunnerTermsTest {

    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)\\] (.*)$");
    private static final String FIRST = "Kementerian Luar Negeri menyatakan bahwa semua warga negara Indonesia di Sudan"
            + " dalam keadaan aman dan terus dipantau oleh kedutaan.";
    private static final String SECOND = "Menurut Kementerian Luar Negeri, evakuasi para warga itu akan dimulai pada"
            + " pekan depan melalui pelabuhan di kota tersebut.";

    @TempDir
    Path dir;

    /** Calls the ministry "Foreign Ministry" in a sentence that says "menyatakan", "Ministry of Foreign Affairs" elsewhere. */
    private static String answer(String user) {
        Matcher m = NUMBERED.matcher(user.substring(user.lastIndexOf("<article>")));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String english = m.group(2).contains("menyatakan")
                    ? "The Foreign Ministry stated that all Indonesian citizens in Sudan are safe and are being"
                            + " watched over by the embassy."
                    : "According to the Ministry of Foreign Affairs, the evacuation of the citizens will begin next"
                            + " week through the port in that city.";
            out.append('[').append(m.group(1)).append("] ").append(english).append('\n');
        }
        return out.toString();
    }

    @Test
    void should_start_an_article_with_the_renderings_an_earlier_finished_article_chose() {
        FakeModel model = FakeModel.answering(request -> answer(FakeModel.lastUser(request)));
        ModelConfig config = config();
        BatchOptions options = options();
        CountDownLatch firstFinished = new CountDownLatch(1);
        BatchItem first = new BatchItem("a", Source.file("a.txt"), () -> Article.text(Source.file("a.txt"), FIRST));
        // the second article is read only once the first is finished, so it starts after it
        BatchItem second = new BatchItem("b", Source.file("b.txt"), () -> {
            try {
                assertThat(firstFinished.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Article.text(Source.file("b.txt"), SECOND);
        });

        try (BatchRunner runner = BatchRunner.open(
                options,
                config,
                model,
                m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000))) {
            runner.run(
                    Stream.of(first, second),
                    new BatchListener() {
                        @Override
                        public void finished(ItemOutcome outcome) {
                            if (outcome.id().equals("a")) {
                                firstFinished.countDown();
                            }
                        }
                    },
                    () -> false);
        }

        List<String> requests =
                model.requests().stream().map(FakeModel::lastUser).toList();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).contains("use them again):\n(none)\n");
        assertThat(requests.get(1)).contains("use them again):\nKementerian Luar Negeri = Foreign Ministry\n");
    }

    @Test
    void should_start_a_rerun_with_the_renderings_the_ledger_kept() {
        FakeModel model = FakeModel.answering(request -> answer(FakeModel.lastUser(request)));
        ModelConfig config = config();
        BatchOptions options = options();
        BatchItem first = new BatchItem("a", Source.file("a.txt"), () -> Article.text(Source.file("a.txt"), FIRST));
        BatchItem second = new BatchItem("b", Source.file("b.txt"), () -> Article.text(Source.file("b.txt"), SECOND));

        run(options, config, model, first); // the first run ends (or is killed) after article a
        run(options, config, model, first, second); // a is done: skipped; b is new

        List<String> requests =
                model.requests().stream().map(FakeModel::lastUser).toList();
        assertThat(requests).as("a once, then b").hasSize(2);
        assertThat(requests.get(1)).contains("use them again):\nKementerian Luar Negeri = Foreign Ministry\n");
    }

    private static void run(BatchOptions options, ModelConfig config, FakeModel model, BatchItem... items) {
        try (BatchRunner runner = BatchRunner.open(
                options,
                config,
                model,
                m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000))) {
            runner.run(Stream.of(items), BatchListener.NONE, () -> false);
        }
    }

    private static ModelConfig config() {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .concurrency(1)
                .build();
    }

    private BatchOptions options() {
        return new BatchOptions(dir.resolve("out"), EnumSet.of(Task.TRANSLATE), true, false, false, 1);
    }
}

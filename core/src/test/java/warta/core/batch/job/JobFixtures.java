package warta.core.batch.job;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import warta.core.batch.source.BatchSources;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleInput;
import warta.core.read.ArticleReader;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** Articles, a faithful fake model and a runner for the job tests. */
final class JobFixtures {

    static final String SUMMARY = FakeEnglish.SUMMARY;
    static final String BANJIR =
            "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid terdekat.\n\n"
                    + "Petugas pemadam kebakaran mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak.";
    static final String CABAI =
            "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                    + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras selama dua pekan.";
    static final String KERETA =
            "Kereta cepat mengangkut 18.000 penumpang pada akhir pekan lalu, naik dari pekan sebelumnya.\n\n"
                    + "Operator menambah 6 perjalanan pada jam sibuk untuk mengurangi antrean di stasiun.";
    /** Nothing is left of it after cleaning, so it fails. */
    static final String ONLY_BOILERPLATE = "TERKAIT\n\nBaca juga: Warga Bandung keluhkan banjir di Jalan Pasteur";

    static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .concurrency(2)
            .build();

    private JobFixtures() {}

    static List<ArticleInput> three() {
        return List.of(
                ArticleInput.text("banjir", BANJIR),
                ArticleInput.text("cabai", CABAI),
                ArticleInput.text("kereta", KERETA));
    }

    static FakeModel model() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    static JobRunner runner(JobStore store, ChatModel model) {
        return new JobRunner(
                store,
                new BatchSources(new ArticleReader()),
                CONFIG,
                model,
                m -> new ArticleProcessor(m, CONFIG, PromptLibrary.builtIn(), Glossary.builtIn(), 1000),
                2);
    }
}

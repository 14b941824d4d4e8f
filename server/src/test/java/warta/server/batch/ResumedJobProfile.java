package warta.server.batch;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import warta.core.batch.job.Job;
import warta.core.batch.job.JobRunner;
import warta.core.batch.job.JobStatus;
import warta.core.batch.job.JobStore;
import warta.core.batch.source.BatchSources;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.ModelConfigResolver;
import warta.core.process.ArticleProcessor;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleInput;
import warta.core.read.ArticleReader;
import warta.core.testing.FakeModel;
import warta.server.testing.TestModel;

/**
 * A server whose jobs folder holds, before it starts, a job that a previous server left running:
 * its first article done (result and ledger entry written by a batch run), the other two pending,
 * and no response cache, so that redoing the first one would have to ask the model again.
 */
public class ResumedJobProfile implements QuarkusTestProfile {

    static final String DONE_ID = "kereta";
    static final String DONE_TEXT =
            "Kereta cepat mengangkut 18.000 penumpang pada akhir pekan lalu, naik dari pekan sebelumnya.\n\n"
                    + "Operator menambah 6 perjalanan pada jam sibuk untuk mengurangi antrean di stasiun.";
    static final List<ArticleInput> ARTICLES = List.of(
            ArticleInput.text(DONE_ID, DONE_TEXT),
            ArticleInput.text(
                    "banjir",
                    "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid terdekat.\n\n"
                            + "Petugas pemadam kebakaran mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak."),
            ArticleInput.text(
                    "cabai",
                    "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                            + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras selama dua pekan."));

    /** Set once per JVM, so that the folder is prepared once however often Quarkus asks for the overrides. */
    private static final String PREPARED = "resumed-jobs-dir.for.server.tests";

    @Override
    public Map<String, String> getConfigOverrides() {
        String dir = System.getProperty(PREPARED);
        if (dir == null) {
            dir = prepare(Path.of("target", "resumed-jobs-" + System.nanoTime()).toAbsolutePath())
                    .toString();
            System.setProperty(PREPARED, dir);
        }
        return Map.of("warta.jobs-dir", dir);
    }

    private static Path prepare(Path dir) {
        JobStore store = new JobStore(dir);
        Job job = store.create(ARTICLES);
        ModelConfig config = ModelConfigResolver.fromSystem(Map.of());
        int[] taken = {0};
        new JobRunner(
                        store,
                        new BatchSources(new ArticleReader()),
                        config,
                        FakeModel.answering(TestModel::faithful),
                        m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000),
                        1)
                .run(job.id(), () -> taken[0]++ >= 1);
        JobStatus status = store.status(job.id());
        if (status.done() != 1
                || status.pending() != 2
                || !status.articles().get(0).status().equals("done")
                || !status.state().unfinished()) {
            throw new IllegalStateException("the job to resume was not prepared as planned: " + status);
        }
        deleteTree(store.outputDir(job.id()).resolve(".warta/responses"));
        return dir;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

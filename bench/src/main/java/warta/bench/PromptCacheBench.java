package warta.bench;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.TokenCounters;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.model.embedded.EmbeddedSettings;
import warta.core.model.embedded.GgmlType;
import warta.core.model.embedded.LlamaChatModel;
import warta.core.model.embedded.RandomLlamaGguf;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.usage.Usage;

/**
 * What llama.cpp's prompt cache saves {@code process} with the in-process engine (issue 16): an
 * article of about 1,000 tokens in one chunk, and the same in three chunks, each processed (translate and
 * summarize) on a random-weight GGUF model as before issue 16 (no prompt cache, the summary a
 * fresh request) and as now (prompt cache on, a one-chunk article's summary the next turn of its
 * translation conversation), alternately, in the same JVM; medians of R runs after a warm-up.
 * Reports prompt tokens sent, those evaluated (sent less those served from the cache), wall time,
 * and the ratios.
 *
 * <p>A random model writes no readable summary, so a summary's answer is replaced by a readable
 * one after the model has answered (its prompt and tokens are real); its translation is garbage,
 * which the checks send back once, as they would a real model's bad answer, in both modes.
 */
public final class PromptCacheBench {

    static final RandomLlamaGguf.Shape SMALL =
            new RandomLlamaGguf.Shape(8, 512, 8, 2, 1536, 16384, 8192, GgmlType.Q8_0, true);

    private static final String SENTENCES = """
            Pemerintah Provinsi Jawa Barat menyiapkan dana Rp50 miliar untuk memperbaiki tanggul yang jebol di Bekasi.
            Dana itu diambil dari pos belanja tak terduga tahun ini dan akan dicairkan pekan depan.
            Gubernur mengatakan perbaikan ditargetkan selesai sebelum puncak musim hujan berikutnya.
            Ia meminta Dinas Sumber Daya Air bekerja siang dan malam agar warga tidak kembali kebanjiran.
            Pemerintah kabupaten diminta mendata rumah warga yang rusak agar bantuan tepat sasaran.
            Menurut data sementara, lebih dari dua ribu rumah terendam air setinggi satu meter.
            Sebagian warga masih mengungsi di masjid dan sekolah yang berada di dataran lebih tinggi.
            Kepala desa setempat menyebut bantuan makanan dan air bersih sudah mulai berdatangan.
            Polisi mengerahkan perahu karet untuk mengevakuasi warga lanjut usia dan anak-anak.
            Badan Meteorologi memperkirakan hujan deras masih akan turun hingga akhir bulan.
            """;

    private static final String SUMMARY = """
            {"headline": "West Java sets aside money to repair the Bekasi levee",
             "summary": [{"text": "West Java set aside money to repair a levee.", "sources": [1]},
                         {"text": "The money comes from this year's budget.", "sources": [2]},
                         {"text": "The governor wants the work done before the rains.", "sources": [3]}],
             "keyPoints": [{"text": "Money for the levee", "sources": [1]},
                           {"text": "From the budget", "sources": [2]},
                           {"text": "Before the rains", "sources": [3]}],
             "entities": {"people": [], "organizations": [], "places": ["Bekasi"]}}""";

    /** One processed article: tokens sent, tokens served from the cache, wall nanos. */
    record Run(long input, long cached, long nanos) {
        long evaluated() {
            return input - cached;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: PromptCacheBench MODEL.gguf [--threads T] [--reps R] [--tokens N] [--articles one,three] [--no-warm-up]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int threads = Integer.parseInt(
                EmbeddedBench.option(rest, "--threads", String.valueOf(EmbeddedSettings.physicalCores())));
        int reps = Integer.parseInt(EmbeddedBench.option(rest, "--reps", "3"));
        int tokens = Integer.parseInt(EmbeddedBench.option(rest, "--tokens", "32"));
        List<String> articles =
                List.of(EmbeddedBench.option(rest, "--articles", "one,three").split(","));
        boolean warmUp = !rest.contains("--no-warm-up");
        if (!Files.exists(file)) {
            System.err.println("writing " + file + " ...");
            RandomLlamaGguf.write(file, SMALL, 11);
        }
        String one = article(1000);
        System.out.printf(
                Locale.ROOT,
                "machine: %d CPUs, %s, JDK %s; model %s (%d MiB); %d threads, %d tokens per answer;"
                        + " articles of %d tokens (o200k), in chunks of %d (one chunk) and %d (three chunks)%n",
                Runtime.getRuntime().availableProcessors(),
                EmbeddedBench.cpuModel(),
                System.getProperty("java.version"),
                file.getFileName(),
                Files.size(file) >> 20,
                threads,
                tokens,
                TokenCounters.o200k().count(one),
                ONE_CHUNK,
                THREE_CHUNKS);
        if (warmUp) {
            process(processor(file, threads, tokens, false, ONE_CHUNK), one);
            process(processor(file, threads, tokens, true, ONE_CHUNK), one);
        }
        System.out.println(
                "| article | mode | prompt tokens sent | served from the cache | evaluated | wall s | evaluated vs. before | wall vs. before |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String name : articles) {
            int chunkTokens = name.equals("three") ? THREE_CHUNKS : ONE_CHUNK;
            ArticleProcessor before = processor(file, threads, tokens, false, chunkTokens);
            ArticleProcessor now = processor(file, threads, tokens, true, chunkTokens);
            String[] named = {name.equals("three") ? "three chunks" : "one chunk", one};
            List<Run> old = new ArrayList<>();
            List<Run> cached = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                old.add(process(before, named[1]));
                cached.add(process(now, named[1]));
            }
            Run b = median(old);
            Run n = median(cached);
            row(named[0], "before: no prompt cache, fresh summary", b, b);
            row(named[0], "now: prompt cache, summary continues", n, b);
        }
        System.exit(0); // llama.cpp's thread would otherwise be reaped by the exit guard, a little later
    }

    private static void row(String article, String mode, Run run, Run before) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %,d | %,d (%.0f%%) | %,d | %.2f | %.2f | %.2f |%n",
                article,
                mode,
                run.input(),
                run.cached(),
                100.0 * run.cached() / run.input(),
                run.evaluated(),
                run.nanos() / 1e9,
                (double) run.evaluated() / before.evaluated(),
                (double) run.nanos() / before.nanos());
    }

    /**
     * Indonesian paragraphs of two sentences each, each paragraph its own (cleaning drops repeated
     * paragraphs), about {@code tokens} tokens in all, under a title.
     */
    static String article(int tokens) {
        List<String> sentences = SENTENCES.strip().lines().toList();
        StringBuilder text = new StringBuilder("Pemprov Jabar Siapkan Dana Perbaikan Tanggul Bekasi\n\n");
        int i = 0;
        while (TokenCounters.o200k().count(text.toString()) < tokens) {
            text.append("Pada laporan ke-")
                    .append(i + 1)
                    .append(", ")
                    .append(sentences.get(i % sentences.size()))
                    .append(' ')
                    .append(sentences.get((i + 3) % sentences.size()))
                    .append("\n\n");
            i++;
        }
        return text.toString();
    }

    /** Chunk budgets that cut the article into one chunk, and into three. */
    static final int ONE_CHUNK = 1200;

    static final int THREE_CHUNKS = 400;

    private static ArticleProcessor processor(Path file, int threads, int tokens, boolean cache, int chunkTokens) {
        LlamaChatModel model = LlamaChatModel.open(
                file,
                EmbeddedSettings.builder()
                        .contextTokens(16384)
                        .maxOutputTokens(tokens)
                        .threads(threads)
                        .promptCache(cache)
                        .build());
        // before issue 16 every provider got the fresh summary request; the other providers still
        // do, so a configuration naming one gives that path (the model passed in answers, never a server)
        ModelConfig config = ModelConfig.builder()
                .provider(cache ? Provider.EMBEDDED : Provider.OPENAI)
                .model(file.getFileName().toString())
                .baseUrl(cache ? null : "http://127.0.0.1:1/v1")
                .contextTokens(16384)
                .maxOutputTokens(2048) // for the chunk budget only: the engine's own limit (tokens) stops each answer
                .concurrency(1)
                .build();
        return new ArticleProcessor(
                new SummaryStandIn(model), config, PromptLibrary.builtIn(), Glossary.builtIn(), chunkTokens);
    }

    private static Run process(ArticleProcessor processor, String text) {
        long start = System.nanoTime();
        ArticleResult result =
                processor.process(Article.text(Source.inline(), text), EnumSet.allOf(Task.class), ProcessListener.NONE);
        long nanos = System.nanoTime() - start;
        Usage usage = result.usage();
        return new Run(usage.inputTokens(), usage.cachedInputTokens(), nanos);
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        return sorted.get(sorted.size() / 2);
    }

    /** The engine answers every request; a summary's answer is then replaced by a readable one. */
    private record SummaryStandIn(ChatModel engine) implements ChatModel {

        @Override
        public ChatResponse doChat(ChatRequest request) {
            ChatResponse response = engine.chat(request);
            return isSummary(request)
                    ? response.toBuilder().aiMessage(AiMessage.from(SUMMARY)).build()
                    : response;
        }

        private static boolean isSummary(ChatRequest request) {
            ChatMessage first = request.messages().getFirst();
            ChatMessage last = request.messages().getLast();
            return (first instanceof SystemMessage s && s.text().startsWith("You summarize"))
                    || (last instanceof UserMessage u && u.singleText().startsWith("Now summarize"));
        }
    }
}

package warta.bench;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import warta.core.model.embedded.EmbeddedSettings;
import warta.core.model.embedded.GgmlType;
import warta.core.model.embedded.LlamaChatModel;
import warta.core.model.embedded.RandomLlamaGguf;

/**
 * Prompt and generation speed, and peak memory, of the embedded engine: through Warta's
 * {@link LlamaChatModel} and through the library's raw {@code LlamaModel}, on the same file, prompt,
 * threads and token counts. Each side runs in a child JVM of its own (so each peak is its own),
 * one warm-up then R timed runs; the median is reported. Prompt speed is prompt tokens over the
 * time to the first generated token; generation speed is the further tokens over the rest.
 *
 * <p>The model is written first if the file does not exist: random Q8_0 weights in the shape of
 * Qwen2.5-0.5B (24 layers, width 896, 14 heads, 2 KV heads, feed-forward 4864, 151936 tokens,
 * tied embeddings; about 0.5 GB) or, with {@code --tiny}, a 2-layer toy.
 *
 * <pre>java -cp bench/target/warta-bench.jar warta.bench.EmbeddedBench MODEL.gguf [--threads T] [--reps R]
 *     [--prompt-words W] [--tokens N] [--tiny]</pre>
 */
public final class EmbeddedBench {

    static final RandomLlamaGguf.Shape QWEN_05B =
            new RandomLlamaGguf.Shape(24, 896, 14, 2, 4864, 32768, 151936, GgmlType.Q8_0, true);
    static final RandomLlamaGguf.Shape TINY =
            new RandomLlamaGguf.Shape(2, 64, 4, 2, 128, 4096, 600, GgmlType.F32, false);

    private EmbeddedBench() {}

    /** One side's result: medians over the timed runs. */
    record Result(
            String side,
            int promptTokens,
            double promptPerSecond,
            int generated,
            double generatePerSecond,
            long peakKib) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%s prompt_tokens=%d prompt_tps=%.1f generated=%d gen_tps=%.2f peak_rss_mib=%d",
                    side,
                    promptTokens,
                    promptPerSecond,
                    generated,
                    generatePerSecond,
                    peakKib / 1024);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: EmbeddedBench MODEL.gguf [--threads T] [--reps R] [--prompt-words W] [--tokens N] [--tiny]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--side")) {
            System.out.println(runSide(file, rest).line());
            System.exit(0); // llama.cpp's thread would otherwise be reaped by the exit guard, a little later
        }
        if (!Files.exists(file)) {
            System.err.println("writing " + file + " ...");
            RandomLlamaGguf.write(file, rest.contains("--tiny") ? TINY : QWEN_05B, 11);
        }
        System.out.printf(
                Locale.ROOT,
                "machine: %d CPUs, %s, JDK %s; model %s (%d MiB)%n",
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("java.version"),
                file.getFileName(),
                Files.size(file) >> 20);
        for (String side : List.of("raw", "adapter")) {
            System.out.println(child(file, rest, side, Path.of(System.getProperty("java.io.tmpdir"))));
        }
    }

    /** Runs one side in a child JVM and returns its result line; the raw side extracts its library under {@code nativeDir}. */
    static String child(Path file, List<String> options, String side, Path nativeDir)
            throws IOException, InterruptedException {
        Path libraryDir = Files.createDirectories(nativeDir.resolve("warta-llama-4.2.0"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                // the raw side loads the library the library's way: keep its clean-up of "llama*" files out of /tmp
                "-Dde.kherud.llama.tmpdir=" + libraryDir,
                "-Djava.io.tmpdir=" + nativeDir,
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedBench.class.getName(),
                file.toString()));
        command.addAll(options);
        command.addAll(List.of("--side", side));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(side + " failed: " + out);
        }
        return out.substring(
                out.lastIndexOf('\n') + 1); // the raw side's stdout starts with the library's "Extracted ..."
    }

    static Result runSide(Path file, List<String> options) {
        String side = option(options, "--side", "adapter");
        int threads = Integer.parseInt(option(options, "--threads", String.valueOf(EmbeddedSettings.physicalCores())));
        int reps = Integer.parseInt(option(options, "--reps", "3"));
        int tokens = Integer.parseInt(option(options, "--tokens", "32"));
        String user = "Presiden meresmikan jalan tol baru di Jakarta pada Senin pagi. "
                .repeat(Integer.parseInt(option(options, "--prompt-words", "400")) / 10);
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(4096)
                .maxOutputTokens(tokens)
                .threads(threads)
                .build();
        Runner runner = side.equals("raw") ? new Raw(file, settings, user, tokens) : new Adapter(file, settings, user);
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i <= reps; i++) {
            long[] run = runner.run();
            if (i > 0) {
                runs.add(run);
            }
        }
        return new Result(
                side,
                runner.promptTokens(),
                median(runs, r -> r[2] * 1e9 / r[0]),
                (int) runs.getFirst()[3],
                median(runs, r -> (r[3] - 1) * 1e9 / r[1]),
                peakKib());
    }

    /** One timed generation: {nanos to first token, nanos after it, prompt tokens, tokens generated}. */
    interface Runner {
        long[] run();

        int promptTokens();
    }

    /** Through Warta's adapter, streaming so the first token's time can be seen. */
    static final class Adapter implements Runner {
        private final LlamaChatModel model;
        private final ChatRequest request;
        private int promptTokens;

        Adapter(Path file, EmbeddedSettings settings, String user) {
            model = LlamaChatModel.open(file, settings);
            request = ChatRequest.builder()
                    .messages(SystemMessage.from("Translate to English."), UserMessage.from(user))
                    .build();
        }

        @Override
        public long[] run() {
            long start = System.nanoTime();
            long[] first = {0};
            ChatResponse[] done = new ChatResponse[1];
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String piece) {
                    if (first[0] == 0) {
                        first[0] = System.nanoTime();
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done[0] = response;
                }

                @Override
                public void onError(Throwable error) {
                    throw new IllegalStateException(error);
                }
            });
            long end = System.nanoTime();
            promptTokens = done[0].tokenUsage().inputTokenCount();
            return new long[] {
                first[0] - start,
                end - first[0],
                promptTokens,
                done[0].tokenUsage().outputTokenCount()
            };
        }

        @Override
        public int promptTokens() {
            return promptTokens;
        }
    }

    /** Through the library alone, with the parameters the adapter uses. */
    static final class Raw implements Runner {
        private final LlamaModel model;
        private final String prompt;
        private final int promptTokens;
        private final EmbeddedSettings settings;
        private final int tokens;

        Raw(Path file, EmbeddedSettings settings, String user, int tokens) {
            LlamaModel.setLogger(de.kherud.llama.args.LogFormat.TEXT, (level, message) -> {});
            model = new LlamaModel(new ModelParameters()
                    .setModel(file.toString())
                    .setCtxSize(settings.contextTokens())
                    .setParallel(1)
                    .setThreads(settings.threads())
                    .setThreadsBatch(settings.threads())
                    .setSeed(settings.seed())
                    .setTemp(0)
                    .enableJinja()
                    .disableContextShift()
                    .disableLog());
            LlamaModel.setLogger(de.kherud.llama.args.LogFormat.TEXT, (level, message) -> {});
            prompt = model.applyTemplate(new InferenceParameters("")
                    .setMessages("Translate to English.", List.of(new Pair<>("user", user))));
            promptTokens = model.encode(prompt).length;
            this.settings = settings;
            this.tokens = tokens;
        }

        @Override
        public long[] run() {
            InferenceParameters parameters = new InferenceParameters(prompt)
                    .setNPredict(tokens)
                    .setTemperature(0)
                    .setSeed(settings.seed())
                    .setCachePrompt(false);
            long start = System.nanoTime();
            long first = 0;
            int generated = 0;
            LlamaIterator iterator = model.generate(parameters).iterator();
            while (iterator.hasNext()) {
                LlamaOutput output = iterator.next();
                if (first == 0) {
                    first = System.nanoTime();
                }
                if (iterator.hasNext()) {
                    generated++;
                }
            }
            long end = System.nanoTime();
            return new long[] {first - start, end - first, promptTokens, generated};
        }

        @Override
        public int promptTokens() {
            return promptTokens;
        }
    }

    static double median(List<long[]> runs, java.util.function.ToDoubleFunction<long[]> metric) {
        double[] values = runs.stream().mapToDouble(metric).sorted().toArray();
        return values[values.length / 2];
    }

    /** The process's peak resident memory (VmHWM) in KiB, or -1 where /proc is not there. */
    static long peakKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static String option(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }
}

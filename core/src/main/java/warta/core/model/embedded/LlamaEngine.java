package warta.core.model.embedded;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.error.SettingNames;

/**
 * One loaded model: llama.cpp's server loop, used by one request at a time (a fair lock, so
 * callers are served in arrival order and memory does not grow with them). It has
 * {@link EmbeddedSettings#slots()} slots, each with its own context and KV cache; a request goes
 * to the slot that holds the longest prefix of its prompt ({@link PromptSlots}), and llama.cpp
 * evaluates only the rest ({@code cache_prompt}).
 */
final class LlamaEngine {

    /** The llama.cpp build inside de.kherud:llama 4.2.0, for messages. */
    static final String LLAMA_CPP_BUILD = "b4916";

    /** The advice for a prompt the context cannot hold, in the reader's terms. */
    static String contextExceeded(SettingNames names) {
        return "context length exceeded: lower " + names.name("chunk-tokens") + " or use a model with a larger context";
    }

    private final Path file;
    private final EmbeddedSettings settings;
    private final LlamaModel model;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final GrammarCache grammars = new GrammarCache(LlamaEngine::toGrammar);
    private final LlamaTokenCounter counter = new LlamaTokenCounter(this::tokens);
    private final PromptSlots slots;

    private LlamaEngine(Path file, EmbeddedSettings settings, LlamaModel model) {
        this.file = file;
        this.settings = settings;
        this.model = model;
        this.slots = new PromptSlots(settings.slots());
    }

    /**
     * What one generation produced.
     *
     * @param cachedTokens of the prompt's tokens, those llama.cpp did not evaluate again: a prefix
     *     its slot still held from the request before
     */
    record Generation(String text, int promptTokens, int cachedTokens, int outputTokens, boolean hitLimit) {}

    static LlamaEngine load(Path file, EmbeddedSettings settings) {
        checkFile(file);
        NativeLibrary.load(settings.nativeDir());
        Set<Thread> before = ExitGuard.nativeThreads();
        LlamaModel model;
        try {
            model = new LlamaModel(parameters(file, settings));
        } catch (RuntimeException e) {
            if (!isLlamaException(e)) {
                throw e;
            }
            throw new ModelException(Kind.UNSUPPORTED, file + ": " + cannotLoad(file) + ": " + e.getMessage(), e);
        } finally {
            NativeLibrary.routeLog();
        }
        ExitGuard.afterLoad(before);
        return new LlamaEngine(file, settings, model);
    }

    /** Why a file may not load, naming its architecture where the file says it. */
    private static String cannotLoad(Path file) {
        return GgufArchitecture.of(file)
                .map(architecture -> "llama.cpp could not load this model (its architecture is '" + architecture
                        + "': either the bundled llama.cpp " + LLAMA_CPP_BUILD
                        + " does not know it, as with qwen3, which needs b5092 or later, or the file is damaged)")
                .orElse("llama.cpp could not load this model (an unsupported architecture or a damaged file)");
    }

    private static ModelParameters parameters(Path file, EmbeddedSettings s) {
        return new ModelParameters()
                .setModel(file.toString())
                .setCtxSize(s.contextTokens() * s.slots())
                .setParallel(s.slots())
                .setThreads(s.threads())
                .setThreadsBatch(s.threads())
                .setSeed(s.seed())
                .setTemp((float) s.temperature())
                .enableJinja()
                .disableContextShift()
                .disableLog();
    }

    /** Fails with a clear message for a file that is missing, unreadable or not GGUF. */
    static void checkFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelException(Kind.BAD_REQUEST, file + ": no such model file");
        }
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        } catch (IOException e) {
            throw new ModelException(Kind.BAD_REQUEST, file + ": cannot read the model file: " + e.getMessage(), e);
        }
        if (!Arrays.equals(magic, "GGUF".getBytes(StandardCharsets.US_ASCII))) {
            throw new ModelException(
                    Kind.UNSUPPORTED,
                    file + ": not a GGUF model file (the embedded engine reads " + "llama.cpp's GGUF format)");
        }
    }

    Path file() {
        return file;
    }

    EmbeddedSettings settings() {
        return settings;
    }

    /** The prompt the model's own chat template (from the GGUF file) makes of these messages. */
    String prompt(String system, List<Pair<String, String>> turns) {
        InferenceParameters parameters = new InferenceParameters("").setMessages(system, turns);
        return locked(() -> call(() -> model.applyTemplate(parameters)));
    }

    /**
     * Generates an answer to {@code prompt} (already templated), handing each piece of text to
     * {@code pieces} as it comes.
     *
     * @throws ModelException     CONTEXT_LENGTH when the prompt leaves no room for an answer
     * @throws CancelledException when the thread is interrupted while waiting or generating
     */
    Generation generate(String prompt, int maxOutputTokens, double temperature, Consumer<String> pieces) {
        return generate(prompt, maxOutputTokens, temperature, null, pieces);
    }

    /** As {@link #generate(String, int, double, Consumer)}, constrained by a GBNF {@code grammar} unless it is null. */
    Generation generate(
            String prompt, int maxOutputTokens, double temperature, String grammar, Consumer<String> pieces) {
        return locked(() -> call(() -> run(prompt, maxOutputTokens, temperature, grammar, pieces)));
    }

    /** Counts text in this model's tokens; shared by every handle on the model. */
    LlamaTokenCounter counter() {
        return counter;
    }

    /** The tokens of {@code text} in the model's vocabulary; not locked, since tokenizing reads only the vocabulary. */
    private int tokens(String text) {
        return call(() -> model.encode(text).length);
    }

    /**
     * llama.cpp's GBNF grammar for a JSON Schema text ({@link JsonGrammar}), made once per schema
     * while it is among those used last ({@link GrammarCache}); null for null.
     */
    String grammar(String jsonSchema) {
        return jsonSchema == null ? null : grammars.get(jsonSchema);
    }

    private static String toGrammar(String jsonSchema) {
        try {
            return JsonGrammar.compact(LlamaModel.jsonSchemaToGrammar(jsonSchema));
        } catch (RuntimeException e) {
            throw new ModelException(
                    Kind.UNSUPPORTED, "llama.cpp cannot make a grammar of this JSON schema: " + e.getMessage(), e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("cancelled while waiting for the embedded model");
        }
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private Generation run(
            String prompt, int maxOutputTokens, double temperature, String grammar, Consumer<String> pieces) {
        int[] tokens = model.encode(prompt);
        int promptTokens = tokens.length;
        int room = settings.contextTokens() - promptTokens;
        if (room < 1) {
            throw new ModelException(
                    Kind.CONTEXT_LENGTH,
                    names -> contextExceeded(names) + " (prompt " + promptTokens + " tokens, context "
                            + settings.contextTokens() + ")",
                    null);
        }
        int limit = Math.min(maxOutputTokens, room);
        InferenceParameters parameters = new InferenceParameters(prompt)
                .setNPredict(limit)
                .setTemperature((float) temperature)
                .setSeed(settings.seed());
        if (grammar != null) {
            parameters.setGrammar(grammar);
        }
        PromptSlots.Choice slot = slots.choose(tokens);
        cacheIn(parameters, slot.slot());
        int cached = settings.promptCache() ? slot.cachedTokens() : 0;
        boolean finished = false;
        try {
            Generation generation = stream(parameters, promptTokens, cached, limit, pieces);
            slots.remember(slot.slot(), model.encode(prompt + generation.text()));
            finished = true;
            return generation;
        } finally {
            if (!finished) {
                slots.forget(slot.slot());
            }
        }
    }

    /**
     * Lets llama.cpp reuse what {@code slot} holds ({@code cache_prompt}) and sends the request
     * there. The library has no setter for {@code id_slot}; it is put in the request's JSON
     * parameters (a package-private map of the library) by {@link SlotParameter}.
     */
    private void cacheIn(InferenceParameters parameters, int slot) {
        parameters.setCachePrompt(settings.promptCache());
        if (slots.size() > 1) {
            SlotParameter.set(parameters, slot);
        }
    }

    private Generation stream(
            InferenceParameters parameters, int promptTokens, int cachedTokens, int limit, Consumer<String> pieces) {
        StringBuilder text = new StringBuilder();
        int outputs = 0;
        LlamaIterator iterator = model.generate(parameters).iterator();
        while (iterator.hasNext()) {
            if (Thread.currentThread().isInterrupted()) {
                iterator.cancel();
                throw new CancelledException("cancelled while the embedded model was answering");
            }
            LlamaOutput output = iterator.next();
            if (!output.text.isEmpty()) {
                text.append(output.text);
                pieces.accept(output.text);
            }
            if (iterator.hasNext()) {
                outputs++;
            }
        }
        return new Generation(text.toString(), promptTokens, cachedTokens, outputs, outputs >= limit);
    }

    private <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!isLlamaException(e)) {
                throw e;
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds the available context size")) {
                throw new ModelException(Kind.CONTEXT_LENGTH, LlamaEngine::contextExceeded, e);
            }
            throw new ModelException(
                    Kind.BAD_REQUEST, file.getFileName() + ": llama.cpp refused the request: " + message, e);
        }
    }

    /** The library's LlamaException is package-private, so it is recognised by name. */
    private static boolean isLlamaException(RuntimeException e) {
        return e.getClass().getName().equals("de.kherud.llama.LlamaException");
    }
}

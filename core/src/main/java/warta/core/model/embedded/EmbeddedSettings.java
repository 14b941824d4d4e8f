package warta.core.model.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the embedded engine runs a model file. Immutable; two equal settings on the same file share
 * one loaded model (see {@link LlamaChatModel#open(Path, EmbeddedSettings)}).
 *
 * @param contextTokens   the context window in tokens (prompt and answer together)
 * @param maxOutputTokens the most tokens one answer may have when the request does not say
 * @param threads         CPU threads for prompt processing and generation
 * @param seed            the sampler's seed; with temperature 0 the answer depends only on the prompt
 * @param temperature     0 (greedy, the default) to 2
 * @param nativeDir       the folder under which the native library is extracted (into its
 *                        subfolder {@value NativeLibrary#SUBFOLDER}), or null for the JVM's temp dir
 * @param slots           llama.cpp slots, each with a context of {@code contextTokens} and its own
 *                        KV cache: one per conversation (article) in flight, so each keeps its
 *                        prompt prefix for its next request; memory for the cache grows with them
 * @param promptCache     whether llama.cpp reuses the prompt prefix a slot holds ({@code cache_prompt});
 *                        on by default, off only to measure what it saves
 */
public record EmbeddedSettings(
        int contextTokens,
        int maxOutputTokens,
        int threads,
        int seed,
        double temperature,
        Path nativeDir,
        int slots,
        boolean promptCache) {

    public static final int DEFAULT_CONTEXT_TOKENS = 8192;
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 2048;
    public static final int DEFAULT_SEED = 42;

    public EmbeddedSettings {
        if (contextTokens < 2) {
            throw new IllegalArgumentException("context-tokens must be at least 2, not " + contextTokens);
        }
        if (maxOutputTokens < 1 || maxOutputTokens >= contextTokens) {
            throw new IllegalArgumentException("max-output-tokens must be at least 1 and less than context-tokens ("
                    + contextTokens + "), not " + maxOutputTokens);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1, not " + slots);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2, not " + temperature);
        }
    }

    /** The defaults: 8192 context tokens, 2048 output tokens, physical cores, seed 42, temperature 0, 1 slot. */
    public static EmbeddedSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of physical cores this JVM may use: on Linux the distinct (physical id, core id)
     * pairs of {@code /proc/cpuinfo}, capped at {@link Runtime#availableProcessors()} (which
     * honours container limits); elsewhere, where hyper-threading cannot be seen, half the
     * available processors. At least 1. llama.cpp runs slower, not faster, with a thread per
     * hyper-thread.
     */
    public static int physicalCores() {
        int available = Runtime.getRuntime().availableProcessors();
        int physical = linuxPhysicalCores();
        return Math.max(1, physical > 0 ? Math.min(physical, available) : available / 2);
    }

    private static int linuxPhysicalCores() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            Set<String> cores = new HashSet<>();
            String physicalId = "";
            for (String line : lines) {
                String[] kv = line.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                String key = kv[0].trim();
                if (key.equals("physical id")) {
                    physicalId = kv[1].trim();
                } else if (key.equals("core id")) {
                    cores.add(physicalId + "/" + kv[1].trim());
                }
            }
            return cores.size();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Builds settings; unset values take the defaults. */
    public static final class Builder {
        private int contextTokens = DEFAULT_CONTEXT_TOKENS;
        private int maxOutputTokens = DEFAULT_MAX_OUTPUT_TOKENS;
        private int threads;
        private int seed = DEFAULT_SEED;
        private double temperature;
        private Path nativeDir;
        private int slots = 1;
        private boolean promptCache = true;

        private Builder() {}

        /** Off: every prompt is evaluated whole, as before issue 16 (for benchmarks). */
        public Builder promptCache(boolean promptCache) {
            this.promptCache = promptCache;
            return this;
        }

        /** One per conversation that may be in flight at once (the model's concurrency). */
        public Builder slots(int slots) {
            this.slots = slots;
            return this;
        }

        public Builder contextTokens(int contextTokens) {
            this.contextTokens = contextTokens;
            return this;
        }

        public Builder maxOutputTokens(int maxOutputTokens) {
            this.maxOutputTokens = maxOutputTokens;
            return this;
        }

        /** 0 or unset: {@link #physicalCores()}. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder seed(int seed) {
            this.seed = seed;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder nativeDir(Path nativeDir) {
            this.nativeDir = nativeDir;
            return this;
        }

        public EmbeddedSettings build() {
            return new EmbeddedSettings(
                    contextTokens,
                    maxOutputTokens,
                    threads == 0 ? physicalCores() : threads,
                    seed,
                    temperature,
                    nativeDir,
                    slots,
                    promptCache);
        }
    }
}

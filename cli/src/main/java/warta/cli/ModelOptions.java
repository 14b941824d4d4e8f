package warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import warta.core.Warta;
import warta.core.cache.CacheSize;
import warta.core.cache.ResponseCache;
import warta.core.chunk.Chunker;
import warta.core.error.InputException;
import warta.core.error.SettingException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfigResolver;
import warta.core.model.ModelFiles;
import warta.core.prompt.PromptLibrary;

/**
 * The provider options shared by the model-backed commands. Each one that is given overrides the
 * environment and the config file; the API key is never an option (it would land in shell
 * history): it comes from WARTA_API_KEY, OPENAI_API_KEY or the config file. {@code --model} is not
 * among them: a command declares its own ({@link ModelNameOption}, or eval's repeatable one) and
 * passes the name in; it cannot be given with {@code --model-file}, which names the model itself.
 */
final class ModelOptions {

    @Option(
            names = "--provider",
            paramLabel = "NAME",
            description = "embedded (in-process, the default), ollama or openai (env WARTA_PROVIDER).")
    String provider;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Provider endpoint (env WARTA_BASE_URL, OLLAMA_HOST).")
    String baseUrl;

    @Option(
            names = "--chunk-tokens",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Most tokens of article text in one translation request. Default: ${DEFAULT-VALUE}.")
    int chunkTokens;

    @Option(names = "--concurrency", paramLabel = "N", description = "Requests in flight at once for one article.")
    Integer concurrency;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            description = "Time limit of one model request: seconds, or 90s, 2m.")
    String timeout;

    @Option(
            names = "--retries",
            paramLabel = "N",
            description = "Retries of a failed request (5xx, timeouts); 429s are waited out, not counted.")
    String retries;

    @Option(
            names = "--article-time-budget",
            paramLabel = "DURATION",
            description = "How long one article may wait out rate limits and retries: seconds, or 90s, 10m (default).")
    String articleTimeBudget;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default 0).")
    String temperature;

    @Option(names = "--context-tokens", paramLabel = "N", description = "The model's context window, in tokens.")
    String contextTokens;

    @Option(
            names = "--max-output-tokens",
            paramLabel = "N",
            description = "Most tokens the model may write per request.")
    String maxOutputTokens;

    @Option(
            names = "--glossary",
            paramLabel = "FILE",
            description = "A TSV glossary (term<TAB>English) that wins over the built-in one.")
    Path glossary;

    @Option(
            names = "--prompts",
            paramLabel = "DIR",
            description = "A folder of prompt templates that override the built-in ones.")
    Path prompts;

    @Option(
            names = "--model-file",
            paramLabel = "PATH",
            description = "Any local GGUF file, run in-process (the embedded provider).")
    Path modelFile;

    @Option(names = "--offline", description = "Never download a model; fail with what to do instead.")
    boolean offline;

    @Option(
            names = "--no-cache",
            description = "Ask the model again instead of using cached answers; the new answers replace them in the"
                    + " cache ($XDG_CACHE_HOME/warta/responses).")
    boolean noCache;

    @Option(
            names = "--cache-size",
            paramLabel = "SIZE",
            description =
                    "Most bytes of cached model answers, such as 256M (the default) or 1G (env WARTA_CACHE_SIZE).")
    String cacheSize;

    /** The environment variable of the response cache's bound. */
    static final String CACHE_SIZE_ENV = "WARTA_CACHE_SIZE";

    /**
     * The engine for these options with the model {@code modelName} (null: the one the environment
     * or config file names) and the config file {@code configFile} (null: the context's): the
     * model configuration, prompts, glossary, chunk budget, read limits, and the context's way of
     * making the model. {@code warta eval} makes one engine per model and config file. A bad
     * option is a usage error.
     */
    Warta warta(
            CliContext context,
            CommandLine commandLine,
            InputOptions input,
            PrintWriter err,
            String modelName,
            Path configFile) {
        validate(commandLine, modelName != null);
        ModelConfigResolver.Resolved resolved =
                config(context, commandLine, modelName, configFile == null ? context.configFile() : configFile);
        Warta.Builder builder = Warta.builder(resolved.config())
                .learnServerLimits(resolved.explicitKeys())
                .prompts(promptLibrary())
                .glossary(glossaryInUse())
                .readOptions(input.readOptions(commandLine))
                .chunkTokens(chunkTokens)
                .models(context.models())
                .modelFiles(modelFiles(context, err));
        long cacheBytes = cacheBytes(cacheSize, context, commandLine);
        if (context.cacheDir() != null) {
            builder.cache(context.cacheDir(), cacheBytes).refreshCache(noCache);
        }
        return builder.build();
    }

    /**
     * The response cache's bound: {@code --cache-size}, else {@value #CACHE_SIZE_ENV}, else 256 MiB.
     * A bad flag is a usage error, a bad variable bad input.
     */
    static long cacheBytes(String flag, CliContext context, CommandLine commandLine) {
        String env = context.env().get(CACHE_SIZE_ENV);
        try {
            if (flag != null) {
                return CacheSize.parse(flag);
            }
            return env == null || env.isBlank() ? ResponseCache.DEFAULT_MAX_BYTES : CacheSize.parse(env);
        } catch (IllegalArgumentException e) {
            if (flag != null) {
                throw new ParameterException(commandLine, "--cache-size: " + e.getMessage());
            }
            throw new InputException(CACHE_SIZE_ENV + ": " + e.getMessage());
        }
    }

    /**
     * The model configuration: options, then environment, config file, defaults. A refused option
     * value is a usage error; a refused value from the environment or the config file is bad input.
     */
    private ModelConfigResolver.Resolved config(
            CliContext context, CommandLine commandLine, String modelName, Path configFile) {
        try {
            return new ModelConfigResolver(context.env(), configFile).explain(flags(modelName));
        } catch (SettingException e) {
            if (e.fromFlag()) {
                throw new ParameterException(commandLine, e.getMessage());
            }
            throw e;
        }
    }

    /** The built-in prompt templates, or the user's folder over them. */
    private PromptLibrary promptLibrary() {
        return prompts == null ? PromptLibrary.builtIn() : PromptLibrary.withOverrides(prompts);
    }

    /** The built-in glossary, with the user's file winning over it. */
    private Glossary glossaryInUse() {
        return glossary == null ? Glossary.builtIn() : Glossary.builtIn().with(Glossary.load(glossary));
    }

    /**
     * How the embedded provider finds its model: the cache named by the environment, downloading
     * unless {@code --offline}, with the download announced and shown on stderr.
     */
    private ModelFiles modelFiles(CliContext context, PrintWriter err) {
        return ModelFiles.of(context.env(), offline, new FirstUseDownload(err, context.stderrIsTerminal()));
    }

    /**
     * A usage error for options that contradict each other ({@code --model} with {@code --model-file},
     * {@code --model-file} with another provider) or {@code --chunk-tokens} without room for text.
     *
     * @param modelGiven whether {@code --model} was given
     */
    void validate(CommandLine commandLine, boolean modelGiven) {
        if (modelFile != null && modelGiven) {
            throw new ParameterException(
                    commandLine,
                    "--model and --model-file cannot be used together: --model-file names the model to run");
        }
        if (modelFile != null && provider != null && !provider.equalsIgnoreCase("embedded")) {
            throw new ParameterException(
                    commandLine,
                    "--model-file runs the model in-process: it cannot be used with --provider " + provider);
        }
        if (chunkTokens < Chunker.MIN_TOKENS) {
            throw new ParameterException(
                    commandLine, "--chunk-tokens must be at least " + Chunker.MIN_TOKENS + ", not " + chunkTokens);
        }
        if (concurrency != null && concurrency < 1) {
            throw new ParameterException(commandLine, "--concurrency must be at least 1");
        }
    }

    /** The options given, under the configuration keys of {@code ModelConfigResolver}. */
    Map<String, String> flags(String modelName) {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "provider", modelFile != null ? "embedded" : provider);
        put(flags, "model", modelFile != null ? modelFile.toString() : modelName);
        put(flags, "base-url", baseUrl);
        put(flags, "concurrency", concurrency == null ? null : concurrency.toString());
        put(flags, "timeout", timeout);
        put(flags, "retries", retries);
        put(flags, "article-time-budget", articleTimeBudget);
        put(flags, "temperature", temperature);
        put(flags, "context-tokens", contextTokens);
        put(flags, "max-output-tokens", maxOutputTokens);
        return flags;
    }

    private static void put(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}

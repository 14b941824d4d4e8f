package warta.core.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.error.InputException;
import warta.core.error.SettingException;
import warta.core.files.PropertiesFiles;

/**
 * Resolves one {@link ModelConfig} from, highest first: command-line flags, the environment, the
 * config file, and the defaults of {@link ModelConfig}. Each setting is taken from the highest
 * layer that has it.
 *
 * <ul>
 *   <li>Flags: a map with the keys {@link #FLAG_KEYS} (no leading dashes); null or blank values
 *       count as absent. The API key is not accepted from a flag, so it never lands in shell
 *       history or a process list.</li>
 *   <li>Environment: {@code WARTA_PROVIDER}, {@code WARTA_MODEL}, {@code WARTA_BASE_URL},
 *       {@code WARTA_API_KEY}; then, for OpenAI only, {@code OPENAI_API_KEY}, and for Ollama only,
 *       {@code OLLAMA_HOST} (read as the Ollama CLI reads it).</li>
 *   <li>Config file: a properties file with the flag keys plus {@code api-key}. If it sets
 *       {@code provider}, its {@code model}, {@code base-url} and {@code api-key} apply only
 *       when that provider is the one resolved, so a file written for Ollama does not send its
 *       model name to OpenAI. A missing file is an empty layer; a directory, or a file that is not
 *       UTF-8 text, is refused ({@link InputException}).</li>
 * </ul>
 *
 * <p>The environment and the config file are given to the constructor, so nothing here reads
 * the real ones unless {@link #system()} is used. Immutable and thread-safe; the file is read on
 * each {@link #resolve(Map)}.
 */
public final class ModelConfigResolver {

    /** The settings that are a number or a duration, resolved the same way. */
    private static final List<String> NUMBER_KEYS = List.of(
            "timeout",
            "retries",
            "article-time-budget",
            "temperature",
            "context-tokens",
            "max-output-tokens",
            "concurrency");

    /** The keys a flag map may hold. */
    public static final List<String> FLAG_KEYS = Stream.concat(
                    Stream.of("provider", "model", "base-url"), NUMBER_KEYS.stream())
            .toList();

    private static final Logger log = LoggerFactory.getLogger(ModelConfigResolver.class);
    private static final List<String> PROVIDER_SCOPED = List.of("model", "base-url", "api-key");

    private final Map<String, String> env;
    private final Path configFile;

    /**
     * @param env        the environment variables to read
     * @param configFile the config file to read if it exists
     */
    public ModelConfigResolver(Map<String, String> env, Path configFile) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.configFile = Objects.requireNonNull(configFile, "configFile");
    }

    /** A resolver over the process environment and {@link #configFile(Map, Path)} in the user's home. */
    public static ModelConfigResolver system() {
        Map<String, String> env = System.getenv();
        return new ModelConfigResolver(env, configFile(env, Path.of(System.getProperty("user.home"))));
    }

    /** {@code system().resolve(flags)}. */
    public static ModelConfig fromSystem(Map<String, String> flags) {
        return system().resolve(flags);
    }

    /** {@code $XDG_CONFIG_HOME/warta/config.properties}, or {@code home/.config/warta/config.properties}. */
    public static Path configFile(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("warta").resolve("config.properties");
    }

    /**
     * The configuration the layers give.
     *
     * @throws SettingException naming the flag, variable or file line whose value is refused, and
     *     whether it was a flag
     * @throws InputException when the config file cannot be read, or the values do not fit together
     */
    public ModelConfig resolve(Map<String, String> flags) {
        return explain(flags).config();
    }

    /** Like {@link #resolve(Map)}, and says where each value came from. */
    public Resolved explain(Map<String, String> flags) {
        Layers layers = new Layers(checkFlags(flags), readConfigFile());
        Setting providerSetting = layers.find("provider", "WARTA_PROVIDER");
        Provider provider = providerSetting == null ? Provider.EMBEDDED : providerSetting.asProvider();
        layers.scopeFileTo(provider);

        Map<String, String> origins = new LinkedHashMap<>();
        origins.put("provider", providerSetting == null ? "default" : providerSetting.origin());
        ModelConfig.Builder builder = ModelConfig.builder().provider(provider);
        String defaultFor = "default for " + provider;

        Setting model = layers.find("model", "WARTA_MODEL");
        origins.put("model", model == null ? defaultFor : model.origin());
        if (model != null) {
            builder.model(model.value().strip());
        }
        Setting baseUrl = baseUrl(layers, provider);
        origins.put("base-url", baseUrl == null ? defaultFor : baseUrl.origin());
        if (baseUrl != null) {
            builder.baseUrl(baseUrl.asHttpUrl());
        }
        Setting apiKey = apiKey(layers, provider);
        origins.put("api-key", apiKey == null ? "none" : apiKey.origin());
        if (apiKey != null) {
            builder.apiKey(apiKey.value().strip());
        }
        numbers(layers, builder, origins, defaultFor);
        return new Resolved(build(builder), origins);
    }

    private static void numbers(
            Layers layers, ModelConfig.Builder builder, Map<String, String> origins, String defaultFor) {
        for (String key : NUMBER_KEYS) {
            Setting setting = layers.find(key, null);
            origins.put(key, setting == null ? (key.equals("concurrency") ? defaultFor : "default") : setting.origin());
            if (setting == null) {
                continue;
            }
            switch (key) {
                case "timeout" -> builder.timeout(setting.asDuration());
                case "retries" -> builder.maxRetries(setting.asInt(0));
                case "article-time-budget" -> builder.articleTimeBudget(setting.asDuration());
                case "temperature" -> builder.temperature(setting.asDouble(0, 2));
                case "context-tokens" -> builder.contextTokens(setting.asInt(1));
                case "max-output-tokens" -> builder.maxOutputTokens(setting.asInt(1));
                default -> builder.concurrency(setting.asInt(1));
            }
        }
        checkRoom(layers.find("context-tokens", null), layers.find("max-output-tokens", null));
    }

    /**
     * Refuses a {@code max-output-tokens} that fills {@code context-tokens}, naming both as they
     * were given; a flag among them makes it a flag's error.
     */
    private static void checkRoom(Setting context, Setting output) {
        int contextTokens = context == null ? ModelConfig.DEFAULT_CONTEXT_TOKENS : context.asInt(1);
        int outputTokens = output == null ? ModelConfig.DEFAULT_MAX_OUTPUT_TOKENS : output.asInt(1);
        if (outputTokens < contextTokens) {
            return;
        }
        String outputLabel = output == null ? "max-output-tokens (" + outputTokens + ", the default)" : output.label();
        String contextLabel = context == null ? "context-tokens (" + contextTokens + ", the default)" : context.label();
        throw new SettingException(
                outputLabel + " must be less than " + contextLabel,
                context != null && context.fromFlag() || output != null && output.fromFlag());
    }

    private Setting baseUrl(Layers layers, Provider provider) {
        Setting setting = layers.find("base-url", "WARTA_BASE_URL");
        String host = env.get("OLLAMA_HOST");
        if (setting != null && !setting.fromFile() || provider != Provider.OLLAMA || isBlank(host)) {
            return setting;
        }
        return new Setting(
                "base-url",
                OllamaHost.toBaseUrl(host),
                Setting.Layer.ENVIRONMENT,
                "OLLAMA_HOST",
                "OLLAMA_HOST=" + host);
    }

    private Setting apiKey(Layers layers, Provider provider) {
        Setting setting = layers.find("api-key", "WARTA_API_KEY");
        String openAiKey = env.get("OPENAI_API_KEY");
        if (setting != null && !setting.fromFile() || provider != Provider.OPENAI || isBlank(openAiKey)) {
            return setting;
        }
        return Setting.env("api-key", "OPENAI_API_KEY", openAiKey);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static ModelConfig build(ModelConfig.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InputException("model settings: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> checkFlags(Map<String, String> flags) {
        Map<String, String> present = new LinkedHashMap<>();
        flags.forEach((key, value) -> {
            if (key.equals("api-key")) {
                throw new SettingException(
                        "--api-key is not accepted: set WARTA_API_KEY (or OPENAI_API_KEY) or api-key"
                                + " in the config file, so the key stays out of shell history",
                        true);
            }
            if (!FLAG_KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown model flag '" + key + "'; known: " + FLAG_KEYS);
            }
            if (value != null && !value.isBlank()) {
                present.put(key, value);
            }
        });
        return present;
    }

    private Optional<FileLayer> readConfigFile() {
        if (!Files.exists(configFile)) {
            return Optional.empty();
        }
        if (Files.isDirectory(configFile)) {
            throw new InputException("config file " + configFile + " is a directory, not a properties file");
        }
        Properties properties = PropertiesFiles.read(configFile);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (!FLAG_KEYS.contains(key) && !key.equals("api-key")) {
                log.debug("{}: ignoring key '{}', which is not a model setting", configFile, key);
            } else if (!value.isBlank()) {
                values.put(key, value);
            }
        }
        return Optional.of(new FileLayer(configFile, values));
    }

    private record FileLayer(Path path, Map<String, String> values) {}

    /** The flag, environment and file layers, looked up highest first. */
    private final class Layers {

        private final Map<String, String> flags;
        private final FileLayer file;
        private boolean fileScoped = true;

        Layers(Map<String, String> flags, Optional<FileLayer> file) {
            this.flags = flags;
            this.file = file.orElse(null);
        }

        /** Drops the file's provider-specific values if it was written for another provider. */
        void scopeFileTo(Provider provider) {
            String fileProvider = file == null ? null : file.values().get("provider");
            fileScoped = fileProvider == null || fileProvider.strip().equalsIgnoreCase(provider.id());
        }

        Setting find(String key, String variable) {
            if (flags.containsKey(key)) {
                return Setting.flag(key, flags.get(key));
            }
            String fromEnv = variable == null ? null : env.get(variable);
            if (!isBlank(fromEnv)) {
                return Setting.env(key, variable, fromEnv);
            }
            if (file == null || !file.values().containsKey(key) || !fileScoped && PROVIDER_SCOPED.contains(key)) {
                return null;
            }
            return Setting.file(key, file.values().get(key), file.path());
        }
    }

    /**
     * A resolved configuration and where each of its values came from.
     *
     * @param config  the configuration
     * @param origins for each config key, "--flag", an environment variable, "config file PATH",
     *                "default", "default for PROVIDER" or, for the API key, "none"
     */
    public record Resolved(ModelConfig config, Map<String, String> origins) {

        public Resolved {
            Objects.requireNonNull(config, "config");
            origins = Map.copyOf(origins);
        }

        /** The keys the user set: those whose value came from a flag, the environment or the config file. */
        public Set<String> explicitKeys() {
            return origins.entrySet().stream()
                    .filter(e ->
                            !e.getValue().startsWith("default") && !e.getValue().equals("none"))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
        }

        /** One line per setting, "key=value (origin)", for debugging; the API key shows as "***". */
        public String describe() {
            StringBuilder out = new StringBuilder();
            line(out, "provider", config.provider().id());
            line(out, "model", config.model());
            line(out, "base-url", String.valueOf(config.baseUrl()));
            line(out, "api-key", config.hasApiKey() ? "***" : "(none)");
            line(out, "timeout", config.timeout().toMillis() + "ms");
            line(out, "retries", String.valueOf(config.maxRetries()));
            line(out, "article-time-budget", config.articleTimeBudget().toMillis() + "ms");
            line(out, "temperature", String.valueOf(config.temperature()));
            line(out, "context-tokens", String.valueOf(config.contextTokens()));
            line(out, "max-output-tokens", String.valueOf(config.maxOutputTokens()));
            line(out, "concurrency", String.valueOf(config.concurrency()));
            return out.toString();
        }

        private void line(StringBuilder out, String key, String value) {
            out.append(key)
                    .append('=')
                    .append(value)
                    .append(" (")
                    .append(origins.get(key))
                    .append(")\n");
        }
    }
}

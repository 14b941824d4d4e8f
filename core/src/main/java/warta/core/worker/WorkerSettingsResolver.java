package warta.core.worker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import warta.core.error.SettingException;
import warta.core.files.PropertiesFiles;

/**
 * Where a worker's Kafka settings come from, highest first: the flags, the environment
 * ({@code WARTA_KAFKA_BOOTSTRAP_SERVERS}, {@code WARTA_KAFKA_GROUP_ID},
 * {@code WARTA_KAFKA_ARTICLES_TOPIC}, {@code WARTA_KAFKA_RESULTS_TOPIC},
 * {@code WARTA_KAFKA_FAILED_TOPIC}), the config file ({@code kafka.bootstrap-servers},
 * {@code kafka.group-id}, {@code kafka.articles-topic}, {@code kafka.results-topic},
 * {@code kafka.failed-topic}, and Kafka client properties as {@code kafka.property.KEY=VALUE}),
 * then the defaults of {@link WorkerSettings.Builder}; and where to serve the worker's metrics
 * ({@link #metrics}). A client property given as a flag may not
 * carry a secret (a password, {@code sasl.jaas.config}): flags land in shell history, so secrets
 * come from the config file only.
 */
public final class WorkerSettingsResolver {

    /** The settings by their flag names, without the dashes. */
    public static final List<String> KEYS =
            List.of("bootstrap-servers", "group-id", "articles-topic", "results-topic", "failed-topic");

    private static final String PROPERTY_PREFIX = "kafka.property.";

    private final Map<String, String> env;
    private final Path configFile;

    public WorkerSettingsResolver(Map<String, String> env, Path configFile) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.configFile = Objects.requireNonNull(configFile, "configFile");
    }

    /**
     * @param flags values given as flags, by {@link #KEYS} (null or absent: not given)
     * @param flagProperties Kafka client properties given as flags
     * @throws SettingException when a flag property carries a secret, or no brokers are named anywhere
     */
    public WorkerSettings.Builder resolve(Map<String, String> flags, Map<String, String> flagProperties) {
        flagProperties.keySet().forEach(WorkerSettingsResolver::refuseSecret);
        Properties file = readConfigFile();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = first(
                    flags.get(key),
                    env.get("WARTA_KAFKA_" + key.replace('-', '_').toUpperCase(Locale.ROOT)),
                    file.getProperty("kafka." + key));
            if (value != null) {
                values.put(key, value);
            }
        }
        String servers = values.get("bootstrap-servers");
        if (servers == null) {
            throw new SettingException(
                    "no Kafka brokers given: use --bootstrap-servers HOST:PORT (or WARTA_KAFKA_BOOTSTRAP_SERVERS,"
                            + " or kafka.bootstrap-servers in " + configFile + ")",
                    true);
        }
        WorkerSettings.Builder builder = WorkerSettings.builder(servers);
        builder.groupId(values.getOrDefault("group-id", WorkerSettings.GROUP));
        builder.topics(
                values.getOrDefault("articles-topic", WorkerSettings.ARTICLES),
                values.getOrDefault("results-topic", WorkerSettings.RESULTS),
                values.getOrDefault("failed-topic", WorkerSettings.FAILED));
        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(PROPERTY_PREFIX)
                    && !flagProperties.containsKey(key.substring(PROPERTY_PREFIX.length()))) {
                builder.property(key.substring(PROPERTY_PREFIX.length()), file.getProperty(key));
            }
        }
        flagProperties.forEach(builder::property);
        return builder;
    }

    /** Whether a Kafka client property holds a secret. */
    static boolean secret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.equals("sasl.jaas.config") || lower.contains("secret");
    }

    private static void refuseSecret(String key) {
        if (secret(key)) {
            throw new SettingException(
                    "--kafka-property " + key + " holds a secret, which a flag would leave in shell history: put it in"
                            + " the config file as " + PROPERTY_PREFIX + key,
                    true);
        }
    }

    /**
     * Where to serve the worker's metrics: {@code --metrics-port}, else {@code WARTA_WORKER_METRICS_PORT},
     * else {@code worker.metrics-port} in the config file; none of them: no endpoint. The host
     * likewise ({@code --metrics-host}, {@code WARTA_WORKER_METRICS_HOST}, {@code worker.metrics-host}),
     * the loopback address by default.
     *
     * @param port the flag's value, or null
     * @param host the flag's value, or null
     * @throws SettingException when a port is not a number from 0 to 65535, naming where it came from
     */
    public Optional<MetricsAddress> metrics(Integer port, String host) {
        Properties file = readConfigFile();
        String chosenHost = first(host, env.get("WARTA_WORKER_METRICS_HOST"), file.getProperty("worker.metrics-host"));
        chosenHost = chosenHost == null ? MetricsAddress.LOOPBACK : chosenHost;
        if (port != null) {
            return Optional.of(new MetricsAddress(chosenHost, port));
        }
        String fromEnv = env.get("WARTA_WORKER_METRICS_PORT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new MetricsAddress(chosenHost, port("WARTA_WORKER_METRICS_PORT=" + fromEnv, fromEnv)));
        }
        String fromFile = file.getProperty("worker.metrics-port");
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(
                    new MetricsAddress(chosenHost, port(configFile + ": worker.metrics-port=" + fromFile, fromFile)));
        }
        return Optional.empty();
    }

    private static int port(String given, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new SettingException(given + " must be a port number from 0 to 65535", false);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private Properties readConfigFile() {
        return Files.isRegularFile(configFile) ? PropertiesFiles.read(configFile) : new Properties();
    }
}

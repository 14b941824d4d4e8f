package warta.server.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import warta.core.model.ModelConfigResolver;

/**
 * Where the server's API keys come from: the setting {@code warta.server-api-keys} (environment
 * {@code WARTA_SERVER_API_KEYS}) when it is set, else the key {@value #FILE_KEY} of the Warta
 * config file ({@link ModelConfigResolver#configFile}), else nowhere, and the API is open.
 */
public final class ApiKeySettings {

    /** The key in the Warta config file. */
    public static final String FILE_KEY = "server-api-keys";
    /** The server setting. */
    public static final String SETTING = "warta.server-api-keys";

    private ApiKeySettings() {}

    /**
     * The keys in force.
     *
     * @param setting the value of {@value #SETTING}, if set
     * @param env the environment, for {@code XDG_CONFIG_HOME}
     * @param home the user's home folder
     * @throws IllegalStateException when the config file cannot be read, or a setting holds no key
     */
    public static ApiKeys resolve(Optional<String> setting, Map<String, String> env, Path home) {
        if (setting.isPresent()) {
            return parse(setting.get(), SETTING);
        }
        Path file = ModelConfigResolver.configFile(env, home);
        return fromFile(file)
                .map(value -> parse(value, FILE_KEY + " in " + file))
                .orElse(ApiKeys.none());
    }

    private static Optional<String> fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Optional.ofNullable(properties.getProperty(FILE_KEY));
    }

    private static ApiKeys parse(String value, String origin) {
        try {
            return ApiKeys.parse(value, origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

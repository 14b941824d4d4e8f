package warta.server;

import warta.core.error.SettingNames;

/**
 * How the server's operator changes a setting, for the advice in the server's messages: the model
 * provider's settings by their environment variables ({@code WARTA_BASE_URL}; the in-process
 * model's file is {@code WARTA_MODEL=PATH}), the other model settings as keys of the config file
 * ({@code timeout=VALUE in the config file}), the server's own by their properties
 * ({@code warta.chunk-tokens}). The server has no {@code offline} setting (it downloads the
 * in-process model when a request first needs it), so a message about it says so instead.
 */
public final class ServerSettingNames implements SettingNames {

    public static final ServerSettingNames INSTANCE = new ServerSettingNames();

    private ServerSettingNames() {}

    @Override
    public String name(String key) {
        return switch (key) {
            case "provider" -> "WARTA_PROVIDER";
            case "model", "model-file" -> "WARTA_MODEL";
            case "base-url" -> "WARTA_BASE_URL";
            case "api-key" -> "WARTA_API_KEY";
            case "chunk-tokens" -> "warta.chunk-tokens";
            case "max-bytes" -> "quarkus.http.limits.max-body-size";
            case "offline" -> null;
            default -> key + " in the config file";
        };
    }

    @Override
    public String assign(String key, String value) {
        String name = name(key);
        if (name == null) {
            return null;
        }
        return name.endsWith(" in the config file") ? key + "=" + value + " in the config file" : name + "=" + value;
    }
}

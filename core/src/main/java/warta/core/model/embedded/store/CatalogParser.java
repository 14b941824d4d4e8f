package warta.core.model.embedded.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import warta.core.error.InputException;

/** Reads the properties format of {@link ModelCatalog}; every error names the origin and the key. */
final class CatalogParser {

    private static final Set<String> FIELDS = Set.of(
            "description", "url", "file", "size", "size-exact", "license", "sha256", "context", "terms", "quality");

    private final Properties properties;
    private final String origin;

    CatalogParser(Properties properties, String origin) {
        this.properties = properties;
        this.origin = origin;
    }

    ModelCatalog catalog() {
        List<String> names = Arrays.stream(required("models").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        checkKeys(names);
        List<ModelPreset> presets = new ArrayList<>();
        for (String name : names) {
            presets.add(preset(name));
        }
        String defaultName = properties
                .getProperty("default", names.isEmpty() ? "" : names.get(0))
                .strip();
        try {
            return ModelCatalog.of(presets, defaultName);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    private void checkKeys(List<String> names) {
        for (String key : properties.stringPropertyNames()) {
            if (key.equals("models") || key.equals("default")) {
                continue;
            }
            int dot = key.lastIndexOf('.');
            if (!key.startsWith("model.") || dot <= "model.".length() || !FIELDS.contains(key.substring(dot + 1))) {
                throw fail("unknown key " + key + " (expected model.NAME.FIELD with FIELD one of " + FIELDS + ")");
            }
            String name = key.substring("model.".length(), dot);
            if (!names.contains(name)) {
                throw fail(key + ": the model " + name + " is not listed in models=");
            }
        }
    }

    private ModelPreset preset(String name) {
        String prefix = "model." + name + ".";
        URI url = url(prefix + "url");
        String file = properties.getProperty(prefix + "file", lastSegment(url)).strip();
        try {
            return new ModelPreset(
                    name,
                    required(prefix + "description"),
                    url,
                    file,
                    number(prefix + "size"),
                    Boolean.parseBoolean(properties
                            .getProperty(prefix + "size-exact", "false")
                            .strip()),
                    required(prefix + "license"),
                    blankToNull(properties.getProperty(prefix + "sha256")),
                    (int) Math.min(Integer.MAX_VALUE, number(prefix + "context")),
                    properties.getProperty(prefix + "terms", "").isBlank() ? null : url(prefix + "terms"),
                    properties.getProperty(prefix + "quality"));
        } catch (IllegalArgumentException e) {
            throw fail("model " + name + ": " + e.getMessage());
        }
    }

    private URI url(String key) {
        String value = required(key);
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw fail(key + "=" + value + " is not a URL: " + e.getReason());
        }
    }

    private long number(String key) {
        String value = required(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw fail(key + "=" + value + " is not a whole number");
        }
    }

    private String required(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw fail(key + " is missing");
        }
        return value.strip();
    }

    private static String lastSegment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private InputException fail(String message) {
        return new InputException(origin + ": " + message);
    }
}

package warta.core.model.embedded.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import warta.core.error.InputException;

/**
 * The named GGUF presets Warta can download: the built-in catalogue (the classpath resource
 * {@value #RESOURCE}, read once), or a file named by {@value #ENV} that replaces it, for a mirror
 * or a test server. The format is a properties file described in the built-in one. Immutable and
 * thread-safe.
 */
public final class ModelCatalog {

    /** The environment variable naming a catalogue file that replaces the built-in one. */
    public static final String ENV = "WARTA_MODEL_CATALOG";

    static final String RESOURCE = "/warta/core/models/catalog.properties";

    private final List<ModelPreset> presets;
    private final Map<String, ModelPreset> byName;
    private final String defaultName;

    private ModelCatalog(List<ModelPreset> presets, String defaultName) {
        Map<String, ModelPreset> names = new LinkedHashMap<>();
        for (ModelPreset preset : presets) {
            if (names.put(preset.name(), preset) != null) {
                throw new IllegalArgumentException("the model " + preset.name() + " is listed twice");
            }
        }
        if (!names.containsKey(defaultName)) {
            throw new IllegalArgumentException("the default " + defaultName + " is not one of " + names.keySet());
        }
        if (names.get(defaultName).termsRequired()) {
            throw new IllegalArgumentException("the default " + defaultName
                    + " has terms that must be accepted; the default must be a model anyone may download");
        }
        this.presets = List.copyOf(presets);
        this.byName = Map.copyOf(names);
        this.defaultName = defaultName;
    }

    /** The catalogue that ships with Warta. */
    public static ModelCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /** The catalogue {@value #ENV} names, else the built-in one. */
    public static ModelCatalog forEnvironment(Map<String, String> env) {
        String file = env.get(ENV);
        return file == null || file.isBlank() ? builtIn() : load(Path.of(file), ENV + "=" + file);
    }

    /** Reads a catalogue file; a missing or malformed one fails with the file's name in the message. */
    public static ModelCatalog load(Path file) {
        return load(file, file.toString());
    }

    private static ModelCatalog load(Path file, String origin) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, origin);
        } catch (NoSuchFileException e) {
            throw new InputException(origin + ": no such catalogue file");
        } catch (IOException e) {
            throw new InputException(origin + ": cannot read the catalogue: " + e.getMessage(), e);
        }
    }

    /** Parses catalogue text; {@code origin} names it in error messages. */
    public static ModelCatalog parse(Reader reader, String origin) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return new CatalogParser(properties, origin).catalog();
    }

    /** A catalogue of these presets, in this order; {@code defaultName} must be one of them. */
    public static ModelCatalog of(List<ModelPreset> presets, String defaultName) {
        return new ModelCatalog(presets, defaultName);
    }

    /** The presets, in the catalogue's order. */
    public List<ModelPreset> presets() {
        return presets;
    }

    /** The presets' names, in the catalogue's order. */
    public List<String> names() {
        return presets.stream().map(ModelPreset::name).toList();
    }

    /** The preset used when none is named. */
    public ModelPreset defaultPreset() {
        return byName.get(defaultName);
    }

    /** The preset called {@code name}, if there is one. */
    public Optional<ModelPreset> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The preset called {@code name}; an unknown name fails with the known ones in the message. */
    public ModelPreset get(String name) {
        return find(name)
                .orElseThrow(() -> new InputException(names -> "unknown model " + name + ": use one of "
                        + String.join(", ", names()) + " (see 'warta models list'), or "
                        + names.assign("model-file", "PATH")));
    }

    private static final class BuiltIn {

        static final ModelCatalog CATALOG = read();

        private static ModelCatalog read() {
            try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in model catalogue " + RESOURCE + " is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

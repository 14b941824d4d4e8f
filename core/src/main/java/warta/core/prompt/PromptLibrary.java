package warta.core.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import warta.core.read.Utf8;

/**
 * The prompt templates Warta uses, checked against the inventory in
 * {@code warta/prompts/inventory.properties}: every template listed there exists, is not blank and
 * uses exactly the placeholders listed for it.
 *
 * <p>{@link #builtIn()} reads the templates from the classpath once; a broken built-in set is a
 * build error and throws {@link IllegalStateException}. {@link #withOverrides(Path)} replaces
 * built-in templates by files of the same name in a user folder, checked the same way, and throws
 * {@link warta.core.error.InputException} for a bad folder. {@link #version()} identifies the exact texts
 * in use, so a result can record which prompts made it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PromptLibrary {

    /** The classpath folder of the built-in templates. */
    public static final String ROOT = "warta/prompts/";

    private static final String INVENTORY = "inventory.properties";
    private static final int VERSION_LENGTH = 12;

    private final Inventory inventory;
    private final Map<String, PromptTemplate> templates;
    private final String version;

    private PromptLibrary(Inventory inventory, Map<String, PromptTemplate> templates) {
        this.inventory = inventory;
        this.templates = Collections.unmodifiableMap(new TreeMap<>(templates));
        this.version = hash(this.templates);
    }

    /** The built-in templates; loaded and checked on first use, then shared. */
    public static PromptLibrary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The built-in templates, with each {@code .txt} file in {@code dir} replacing the one of the
     * same name. Files not ending in {@code .txt} and sub-folders are ignored.
     *
     * @throws warta.core.error.InputException when {@code dir} is missing or not a folder, holds a
     *     {@code .txt} file the inventory does not name, or a file that is empty, unreadable, not
     *     UTF-8, or lacks or adds a placeholder
     */
    public static PromptLibrary withOverrides(Path dir) {
        Objects.requireNonNull(dir, "dir");
        PromptLibrary base = builtIn();
        Map<String, PromptTemplate> merged = new TreeMap<>(base.templates);
        merged.putAll(PromptFolder.read(dir, base.inventory));
        return new PromptLibrary(base.inventory, merged);
    }

    /**
     * The template called {@code name}, with or without {@code .txt}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public PromptTemplate get(String name) {
        Objects.requireNonNull(name, "name");
        String key =
                name.endsWith(Inventory.SUFFIX) ? name.substring(0, name.length() - Inventory.SUFFIX.length()) : name;
        PromptTemplate template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException(
                    "no prompt template '" + name + "'; the known ones are " + String.join(", ", templates.keySet()));
        }
        return template;
    }

    /**
     * 12 hex digits of the SHA-256 over the sorted (name, text) pairs in use: equal for equal
     * texts, different as soon as any template or override differs.
     */
    public String version() {
        return version;
    }

    /** The template names without {@code .txt}, sorted; unmodifiable. */
    public Set<String> names() {
        return templates.keySet();
    }

    @Override
    public String toString() {
        return "PromptLibrary[version=" + version + ", names=" + names() + "]";
    }

    private static String hash(Map<String, PromptTemplate> sorted) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        for (PromptTemplate template : sorted.values()) {
            // NUL never occurs in a name and separates name from text, so ("a", "bc") != ("ab", "c").
            digest.update(template.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(template.text().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_LENGTH);
    }

    /**
     * A library read through {@code resources} (file name to text, null when absent), checked as
     * the built-in one is: any problem is an {@link IllegalStateException}.
     */
    static PromptLibrary load(Function<String, String> resources) {
        Inventory inventory = Inventory.parse(require(resources, INVENTORY), ROOT + INVENTORY);
        Map<String, PromptTemplate> templates = new TreeMap<>();
        for (String file : inventory.files()) {
            PromptTemplate template = inventory.check(
                    file,
                    require(resources, file),
                    message -> new IllegalStateException("built-in prompt " + ROOT + message));
            templates.put(template.name(), template);
        }
        return new PromptLibrary(inventory, templates);
    }

    private static String require(Function<String, String> resources, String file) {
        String text = resources.apply(file);
        if (text == null) {
            throw new IllegalStateException("built-in prompt " + ROOT + file + " is not on the classpath");
        }
        return text;
    }

    /** The built-in library, read on first use (class initialisation is lazy and thread-safe). */
    private static final class BuiltIn {
        static final PromptLibrary INSTANCE = load(BuiltIn::resource);

        private static String resource(String file) {
            try (InputStream in = PromptLibrary.class.getResourceAsStream("/" + ROOT + file)) {
                return in == null ? null : Utf8.strict(in.readAllBytes());
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("built-in prompt " + ROOT + file + " is not UTF-8 text", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in prompt " + ROOT + file, e);
            }
        }
    }
}

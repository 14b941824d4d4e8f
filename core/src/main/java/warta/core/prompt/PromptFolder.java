package warta.core.prompt;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import warta.core.error.InputException;
import warta.core.read.Utf8;

/**
 * A user's folder of template overrides. Every {@code .txt} file directly in it must be named in
 * the inventory and pass the same checks as a built-in template; other files and sub-folders are
 * ignored. Every failure is an {@link InputException} that starts with "prompts folder DIR:".
 */
final class PromptFolder {

    private PromptFolder() {}

    /** The checked templates of {@code dir}, by name. */
    static Map<String, PromptTemplate> read(Path dir, Inventory inventory) {
        if (!Files.exists(dir)) {
            throw error(dir, "not found; it may hold any of " + inventory.known());
        }
        if (!Files.isDirectory(dir)) {
            throw error(dir, "not a folder; it should be a folder that may hold any of " + inventory.known());
        }
        List<Path> files = templateFiles(dir);
        List<String> unknown = files.stream()
                .map(f -> f.getFileName().toString())
                .filter(name -> !inventory.contains(name))
                .toList();
        if (!unknown.isEmpty()) {
            throw error(
                    dir,
                    "unknown template " + String.join(", ", unknown) + "; the known ones are " + inventory.known());
        }
        Map<String, PromptTemplate> templates = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            PromptTemplate template = inventory.check(name, readText(dir, file), message -> error(dir, message));
            templates.put(template.name(), template);
        }
        return templates;
    }

    private static List<Path> templateFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Inventory.SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException("prompts folder " + dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static String readText(Path dir, Path file) {
        String name = file.getFileName().toString();
        try {
            return Utf8.strict(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw error(dir, name + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(
                    "prompts folder " + dir + ": cannot read " + name + " (" + e.getMessage() + ")", e);
        }
    }

    private static InputException error(Path dir, String message) {
        return new InputException("prompts folder " + dir + ": " + message);
    }
}

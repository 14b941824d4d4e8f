package warta.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import warta.core.clean.Cleaner;

/**
 * The article texts of a JSON Lines file: one JSON object a line, its {@code "text"} field a
 * plain-text article. Blank lines are skipped; a line that is not an object with a non-blank
 * {@code "text"} string is refused with its line number. Immutable.
 *
 * @param texts the articles in file order, never empty
 */
record ArticleTexts(List<String> texts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    ArticleTexts {
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("texts must not be empty");
        }
    }

    /** Reads {@code file}; throws {@link IllegalArgumentException} naming the file and line. */
    static ArticleTexts load(Path file) {
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    texts.add(text(line, file, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read articles file " + file, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no articles");
        }
        return new ArticleTexts(texts);
    }

    private static String text(String line, Path file, int lineNumber) {
        JsonNode text;
        try {
            text = JSON.readTree(line).path("text");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": no non-blank \"text\" string");
        }
        return text.asText();
    }

    int size() {
        return texts.size();
    }

    /** The mean number of whitespace-separated words per article. */
    double meanWords() {
        long words = 0;
        for (String text : texts) {
            words += Cleaner.wordCount(text);
        }
        return (double) words / texts.size();
    }
}

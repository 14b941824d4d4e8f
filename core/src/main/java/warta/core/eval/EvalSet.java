package warta.core.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.files.FileErrors;
import warta.core.read.Utf8;

/**
 * A reference set, read whole from a file the user gave: either TSV, one
 * {@code indonesian<TAB>english} pair a line (a sentence or a paragraph; a blank line is skipped),
 * or, for a file ending in {@code .jsonl}, JSON Lines of articles, each an object with
 * {@code "text"} (or {@code "html"}), an optional {@code "id"}, and the references
 * {@code "translation"} and/or {@code "summary"} (a string, or an array of strings joined by
 * newlines). Anything else is an {@link InputException} naming the file and line. Immutable.
 *
 * @param name the file's name, for reports
 * @param cases the items, in file order; never empty
 */
public record EvalSet(String name, List<EvalCase> cases) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalSet {
        Objects.requireNonNull(name, "name");
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new InputException(name + ": no items to evaluate");
        }
    }

    /** Reads the set in {@code file}: JSON Lines when its name ends in {@code .jsonl}, else TSV. */
    public static EvalSet read(Path file) {
        String name = file.toString();
        List<String> lines = lines(file);
        boolean jsonLines = name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + (i + 1) + ": ";
            cases.add(jsonLines ? jsonCase(where, line, i + 1) : tsvCase(where, line, i + 1));
        }
        if (cases.isEmpty()) {
            throw new InputException(name + ": the file is empty; expected "
                    + (jsonLines ? "JSON Lines articles" : "indonesian<TAB>english lines"));
        }
        return new EvalSet(name, cases);
    }

    private static List<String> lines(Path file) {
        try {
            return Utf8.strict(Files.readAllBytes(file)).lines().toList();
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + FileErrors.reason(e) + ")", e);
        }
    }

    private static EvalCase tsvCase(String where, String line, int number) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new InputException(where + "no tab between the Indonesian and the English");
        }
        if (line.indexOf('\t', tab + 1) >= 0) {
            throw new InputException(where + "more than one tab; expected indonesian<TAB>english");
        }
        String source = line.substring(0, tab).strip();
        String reference = line.substring(tab + 1).strip();
        if (source.isEmpty() || reference.isEmpty()) {
            throw new InputException(where + (source.isEmpty() ? "the Indonesian is empty" : "the English is empty"));
        }
        String id = String.valueOf(number);
        return new EvalCase(
                id, Article.text(Source.file(where.substring(0, where.length() - 2)), source), reference, null);
    }

    private static EvalCase jsonCase(String where, String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new InputException(where + "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(where + "expected a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : String.valueOf(number);
        Source source = Source.file(where.substring(0, where.length() - 2));
        String text = text(where, node, "text");
        String html = text(where, node, "html");
        if ((text == null) == (html == null)) {
            throw new InputException(where + "expected the article as \"text\" or \"html\" (one of them)");
        }
        Article article = text != null ? Article.text(source, text) : Article.html(source, html);
        String translation = text(where, node, "translation");
        String summary = text(where, node, "summary");
        if (translation == null && summary == null) {
            throw new InputException(where + "no reference: expected \"translation\" and/or \"summary\"");
        }
        return new EvalCase(id, article, translation, summary);
    }

    /** A string field, or an array of strings joined by newlines; null when absent or blank. */
    private static String text(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : value) {
                if (!part.isTextual()) {
                    throw new InputException(where + "\"" + field + "\" must be a string or an array of strings");
                }
                parts.add(part.asText());
            }
            return blankToNull(String.join("\n", parts));
        }
        if (!value.isTextual()) {
            throw new InputException(where + "\"" + field + "\" must be a string or an array of strings");
        }
        return blankToNull(value.asText());
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}

package warta.core.batch.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.read.ArticleInput;
import warta.core.read.ArticleReader;

/**
 * One line of a JSON Lines file made into an item: an object with an optional {@code "id"} and
 * the article as {@code "text"} or {@code "html"} (not both), or only a {@code "url"} to fetch it
 * from; a {@code "url"} beside the text or HTML is where the article came from and is not
 * fetched (scraped data usually carries both). These are the rules of {@link ArticleInput}, checked
 * there; ids are made safe as file names rather than refused. A line that is not
 * such an object becomes an item that fails with {@code "x.jsonl line 7: ..."}.
 * Thread-safe.
 */
final class JsonLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("text", "html", "url");

    private final ArticleReader reader;

    JsonLine(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * @param file the file as the user gave or the walk found it
     * @param fileKey the file as it tells items apart (see {@link Found#key()})
     * @param stem the id prefix for lines without an id: the file's id
     * @param number the line number, from 1
     */
    Found parse(String file, String fileKey, String stem, int number, String line) {
        return parse(
                where(file, number),
                fileKey + ":" + number,
                Source.file(file + ":" + number),
                Ids.join(stem, String.valueOf(number)),
                line);
    }

    /**
     * One JSON object that came from somewhere else than a file (a Kafka record).
     *
     * @param where what a message about the object starts with ({@code "warta.articles-2@17: "})
     * @param key what tells the item apart
     * @param inline where the article comes from when it carries no URL
     * @param fallbackId the id when the object has none
     */
    Found parse(String where, String key, Source inline, String fallbackId, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return Found.failing(fallbackId, key, inline, where + "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return Found.failing(fallbackId, key, inline, where + "expected a JSON object");
        }
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            return Found.failing(fallbackId, key, inline, where + "\"id\" must be a string");
        }
        String id = idOf(idNode);
        String claimedId = id == null ? fallbackId : Ids.safe(id);
        for (String kind : KINDS) {
            JsonNode value = node.get(kind);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return Found.failing(claimedId, key, inline, where + "\"" + kind + "\" must be a string");
            }
        }
        ArticleInput input;
        try {
            input = new ArticleInput(null, textOf(node, "text"), textOf(node, "html"), textOf(node, "url"));
        } catch (InputException e) {
            return Found.failing(claimedId, key, inline, where + e.getMessage());
        }
        if (input.fetched()) {
            return new Found(claimedId, key, Source.url(input.url()), () -> input.read(reader));
        }
        Source source = input.url() == null ? inline : new Source(inline.path(), input.url());
        return input.text() != null
                ? new Found(claimedId, key, source, () -> reader.fromString(input.text(), source, Article.Format.TEXT))
                : new Found(claimedId, key, source, () -> reader.fromString(input.html(), source, Article.Format.HTML));
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String idOf(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        return id.asText().isBlank() ? null : id.asText();
    }

    private static String where(String file, int number) {
        return file + " line " + number + ": ";
    }
}

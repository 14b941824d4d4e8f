package warta.core.batch.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.read.ArticleReader;

/**
 * One line of a JSON Lines file made into an item: an object with an optional {@code "id"} and
 * the article as {@code "text"} or {@code "html"} (not both), or only a {@code "url"} to fetch it
 * from; a {@code "url"} beside the text or HTML is where the article came from and is not
 * fetched (scraped data usually carries both). Values are non-blank strings. A line that is not
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
        String key = fileKey + ":" + number;
        Source inline = Source.file(file + ":" + number);
        String fallbackId = Ids.join(stem, String.valueOf(number));
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return Found.failing(fallbackId, key, inline, where(file, number) + "not valid JSON ("
                    + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return Found.failing(fallbackId, key, inline, where(file, number) + "expected a JSON object");
        }
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
            return Found.failing(fallbackId, key, inline, where(file, number) + "\"id\" must be a string");
        }
        String id = idOf(idNode);
        String claimedId = id == null ? fallbackId : Ids.safe(id);
        List<String> kinds = kindsIn(node);
        if (kinds.containsAll(List.of("text", "html")) || kinds.isEmpty()) {
            return Found.failing(claimedId, key, inline, where(file, number)
                    + "expected \"text\" or \"html\" (or only a \"url\"), found " + describe(kinds));
        }
        for (String kind : kinds) {
            JsonNode value = node.get(kind);
            if (!value.isTextual() || value.asText().isBlank()) {
                return Found.failing(claimedId, key, inline, where(file, number)
                        + "\"" + kind + "\" must be a non-blank string");
            }
        }
        String kind = kinds.get(0);
        if (kinds.size() == 2) {
            inline = new Source(inline.path(), node.get("url").asText().strip());
        }
        return item(kind, node.get(kind).asText(), claimedId, key, inline, where(file, number));
    }

    private Found item(String kind, String value, String id, String key, Source inline, String where) {
        return switch (kind) {
            case "text" -> new Found(id, key, inline, () -> reader.fromString(value, inline, Article.Format.TEXT));
            case "html" -> new Found(id, key, inline, () -> reader.fromString(value, inline, Article.Format.HTML));
            default -> urlItem(value.strip(), id, key, inline, where);
        };
    }

    private Found urlItem(String url, String id, String key, Source inline, String where) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Found.failing(id, key, inline, where + "not an http or https URL: " + url);
        }
        try {
            URI uri = new URI(url);
            return new Found(id, key, Source.url(url), () -> reader.readUrl(uri));
        } catch (URISyntaxException e) {
            return Found.failing(id, key, inline, where + "not a valid URL: " + url + " (" + e.getReason() + ")");
        }
    }

    private static String idOf(JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        return id.asText().isBlank() ? null : id.asText();
    }

    private static List<String> kindsIn(JsonNode node) {
        List<String> found = new ArrayList<>();
        for (String kind : KINDS) {
            if (node.has(kind) && !node.get(kind).isNull()) {
                found.add(kind);
            }
        }
        return found;
    }

    private static String describe(List<String> kinds) {
        return kinds.isEmpty() ? "none" : "\"" + String.join("\", \"", kinds) + "\"";
    }

    private static String where(String file, int number) {
        return file + " line " + number + ": ";
    }
}

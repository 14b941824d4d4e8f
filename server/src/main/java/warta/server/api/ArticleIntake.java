package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import warta.core.error.InputException;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.chunk.Chunker;
import warta.core.glossary.Glossary;
import warta.core.read.ArticleReader;
import warta.server.WartaServerConfig;

/**
 * Turns a request body into a {@link Job}, before any model work is queued: parses the JSON form,
 * reads or fetches the article, cleans it and checks its length. Everything it refuses is an
 * {@link InputException} (400), or an {@link ArticleTooLongException} (413). Thread-safe.
 */
@Singleton
public class ArticleIntake {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + ArticleIds.MAX_LENGTH + "}");

    /** The most characters of a bad id repeated in the message. */
    private static final int SHOWN = 100;

    private final ArticleReader reader;
    private final Processors processors;
    private final ObjectMapper mapper;
    private final int maxChars;

    ArticleIntake(ArticleReader reader, Processors processors, ObjectMapper mapper, WartaServerConfig config) {
        this.reader = reader;
        this.processors = processors;
        this.mapper = mapper;
        this.maxChars = config.maxArticleChars();
    }

    /**
     * The job in a body of type {@code type}: JSON ({@link ArticleRequest}), or the article itself
     * as {@code text/plain} or {@code text/html}, with {@code id} from the query.
     */
    public Job read(MediaType type, String body, String id) throws JsonProcessingException {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return fromJson(body);
        }
        boolean html = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        Article article = reader.fromString(body == null ? "" : body, Source.inline(),
                html ? Article.Format.HTML : Article.Format.TEXT);
        return job(article, id, null);
    }

    private Job fromJson(String body) throws JsonProcessingException {
        ArticleRequest request = body == null || body.isBlank() ? null : mapper.readValue(body, ArticleRequest.class);
        if (request == null) {
            throw new InputException("the request body is empty; send {\"text\": \"...\"}, {\"html\": \"...\"}"
                    + " or {\"url\": \"...\"}");
        }
        Glossary overrides = request.glossaryOverrides();
        return job(request.read(reader), request.id(), overrides);
    }

    private Job job(Article article, String id, Glossary overrides) {
        checkId(id);
        CleanArticle clean = processors.standard().prepare(article);
        int chars = Chunker.join(clean.paragraphs()).length();
        if (chars > maxChars) {
            throw new ArticleTooLongException(chars, maxChars);
        }
        return new Job(id != null ? id : ArticleIds.of(article.source()), clean, overrides);
    }

    private static void checkId(String id) {
        if (id != null && !ID.matcher(id).matches()) {
            throw new InputException("\"id\" must be 1 to " + ArticleIds.MAX_LENGTH
                    + " letters, digits, '.', '_' or '-', not \"" + shortened(id) + "\"");
        }
    }

    private static String shortened(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }
}

package warta.core.batch.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.read.ArticleReader;

/**
 * The items of an RSS or Atom feed already read, parsed with Rome.
 *
 * <p>XXE-safe: a document type declaration is refused outright and external entities are never
 * resolved, so a feed cannot make Warta read a local file or fetch a URL.
 *
 * <p>An entry with an http(s) link (relative links resolved against the feed's URL) becomes a URL
 * item, id {@code ArticleIds.of(Source.url(link))}, read when the batch gets to it. An entry with no
 * usable link but with content or a description becomes an inline item of that content (HTML
 * unless the feed marks it as text), source {@code <feed>#entry-N}. An entry with neither fails.
 * Entries keep the feed's order.
 */
final class FeedItems {

    private final ArticleReader reader;

    FeedItems(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * @param feed the feed as read; {@code source().url()} is the base for relative links
     * @param feedId the feed's own id, the prefix of inline entries' ids
     */
    List<Found> items(Article feed, String feedId) {
        SyndFeed parsed = parse(feed);
        List<Found> found = new ArrayList<>();
        int number = 0;
        for (SyndEntry entry : parsed.getEntries()) {
            number++;
            found.add(item(entry, number, feed.source(), feedId));
        }
        return found;
    }

    private static SyndFeed parse(Article feed) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try {
            return input.build(new StringReader(feed.content()));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(feed.source().label() + " is not a valid RSS or Atom feed: " + e.getMessage(), e);
        }
    }

    private Found item(SyndEntry entry, int number, Source feed, String feedId) {
        URI link = linkOf(entry, feed.url());
        if (link != null) {
            Source source = Source.url(link.toString());
            return new Found(ArticleIds.of(source), link.toString(), source, () -> reader.readUrl(link));
        }
        String where = feed.label() + "#entry-" + number;
        Source source = feed.url() != null ? Source.url(where) : Source.file(where);
        String id = Ids.join(feedId, "entry-" + number);
        SyndContent content = contentOf(entry);
        if (content == null) {
            return Found.failing(
                    id,
                    where,
                    source,
                    "entry " + number + " of " + feed.label() + " has no http or https link and no content");
        }
        Article.Format format = isText(content) ? Article.Format.TEXT : Article.Format.HTML;
        String value = content.getValue();
        return new Found(id, where, source, () -> reader.fromString(value, source, format));
    }

    private static URI linkOf(SyndEntry entry, String base) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                candidates.add(link.getHref());
            }
        }
        for (String candidate : candidates) {
            URI uri = httpUri(candidate, base);
            if (uri != null) {
                return uri;
            }
        }
        return null;
    }

    private static URI httpUri(String link, String base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = URI.create(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    private static SyndContent contentOf(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content;
            }
        }
        SyndContent description = entry.getDescription();
        return description != null
                        && description.getValue() != null
                        && !description.getValue().isBlank()
                ? description
                : null;
    }

    private static boolean isText(SyndContent content) {
        String type = content.getType();
        return type != null && (type.equals("text") || type.equals("text/plain"));
    }
}

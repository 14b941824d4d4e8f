package warta.core.prepare;

import java.util.ArrayList;
import java.util.List;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.clean.Cleaned;
import warta.core.clean.Cleaner;
import warta.core.clean.Paragraphs;
import warta.core.clean.Removal;
import warta.core.error.InputException;
import warta.core.extract.HtmlExtractor;
import warta.core.extract.Page;
import warta.core.extract.PageMeta;
import warta.core.lang.LanguageDetector;
import warta.core.meta.Described;
import warta.core.meta.MetadataExtractor;
import warta.core.meta.MetadataHints;

/**
 * Runs the offline half of the pipeline on one article: extract (HTML only), clean, describe,
 * identify the language. An article with no body left after cleaning is refused with an
 * {@link InputException}. Immutable and thread-safe.
 */
public final class ArticlePreparer {

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final Cleaner cleaner = Cleaner.indonesianNews();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final LanguageDetector languages = new LanguageDetector();

    /** Prepares {@code article}; throws {@link InputException} when nothing of it is left. */
    public CleanArticle prepare(Article article) {
        List<String> raw;
        MetadataHints hints;
        if (article.isHtml()) {
            Page page = extractor.extract(article.content(), article.source().url());
            raw = page.paragraphs();
            hints = hints(page);
        } else {
            raw = Paragraphs.split(article.content());
            hints = MetadataHints.none();
        }
        Cleaned cleaned = cleaner.clean(raw);
        Described described = metadata.extract(cleaned.paragraphs(), hints);
        if (described.paragraphs().isEmpty()) {
            throw new InputException(
                    article.source().label() + " has no article text: everything in it is boilerplate or metadata");
        }
        List<Removal> removed = new ArrayList<>(cleaned.removed());
        removed.addAll(described.removed());
        return new CleanArticle(
                article.source(),
                described.metadata(),
                languages.detect(described.paragraphs()),
                described.paragraphs(),
                removed);
    }

    private static MetadataHints hints(Page page) {
        PageMeta meta = page.meta();
        return new MetadataHints(page.title(), meta.siteName(), meta.published(), meta.author());
    }
}

package warta.core.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.clean.Cleaned;
import warta.core.clean.Cleaner;
import warta.core.clean.Paragraphs;
import warta.core.clean.Removal;
import warta.core.error.InputException;
import warta.core.error.TooLargeException;
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
 * {@link InputException}; one whose cleaned text (the paragraphs joined by blank lines, as the
 * chunker joins them) is longer than the preparer's limit, with a {@link TooLargeException}, so
 * that every path that prepares an article (inspection, a request, a batch) keeps the same limit.
 * Immutable and thread-safe.
 */
public final class ArticlePreparer {

    /** Blank line between paragraphs, as {@code Chunker.join} puts it. */
    private static final int PARAGRAPH_BREAK = 2;

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final Cleaner cleaner = Cleaner.indonesianNews();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final LanguageDetector languages = new LanguageDetector();
    private final int maxChars;
    private final String setting;

    /** A preparer with no limit on the length of an article. */
    public ArticlePreparer() {
        this(Integer.MAX_VALUE, "no limit");
    }

    /**
     * A preparer that refuses articles with more than {@code maxChars} characters of cleaned text.
     *
     * @param setting names where the limit is set, for the message of a refusal
     */
    public ArticlePreparer(int maxChars, String setting) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        this.maxChars = maxChars;
        this.setting = Objects.requireNonNull(setting, "setting");
    }

    /**
     * Prepares {@code article}.
     *
     * @throws InputException when nothing of it is left, {@link TooLargeException} when its
     *     cleaned text is over the limit
     */
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
        requireAtMost(described.paragraphs());
        List<Removal> removed = new ArrayList<>(cleaned.removed());
        removed.addAll(described.removed());
        return new CleanArticle(
                article.source(),
                described.metadata(),
                languages.detect(described.paragraphs()),
                described.paragraphs(),
                removed);
    }

    private void requireAtMost(List<String> paragraphs) {
        long chars = (long) PARAGRAPH_BREAK * (paragraphs.size() - 1);
        for (String paragraph : paragraphs) {
            chars += paragraph.length();
        }
        if (chars > maxChars) {
            throw new TooLargeException("the article has " + chars + " characters of text after cleaning; at most "
                    + maxChars + " are taken (" + setting + ")");
        }
    }

    private static MetadataHints hints(Page page) {
        PageMeta meta = page.meta();
        return new MetadataHints(page.title(), meta.siteName(), meta.published(), meta.author());
    }
}

package warta.core.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.article.Article;

/**
 * Decides whether content is HTML: the content type says so, or the content clearly is markup
 * (a doctype, an {@code <html>}, {@code <head>} or {@code <body>} tag, or at least
 * {@value #MIN_BLOCK_TAGS} block-level tags). Anything else is plain text.
 */
final class FormatDetector {

    static final int MIN_BLOCK_TAGS = 4;
    private static final Pattern PAGE_TAG =
            Pattern.compile("<(?:!doctype\\s+html|html|head|body)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "<(?:p|div|br|h[1-6]|ul|ol|li|table|tr|td|article|section|blockquote)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {}

    static Article.Format detect(String content, String contentType) {
        return saysHtml(contentType) || looksLikeHtml(content) ? Article.Format.HTML : Article.Format.TEXT;
    }

    static boolean saysHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    static boolean looksLikeHtml(String content) {
        if (PAGE_TAG.matcher(content).find()) {
            return true;
        }
        Matcher blocks = BLOCK_TAG.matcher(content);
        int count = 0;
        while (count < MIN_BLOCK_TAGS && blocks.find()) {
            count++;
        }
        return count >= MIN_BLOCK_TAGS;
    }
}

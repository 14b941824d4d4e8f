package warta.server.api;

import warta.core.error.InputException;

/**
 * The article's text, after cleaning, is longer than {@code warta.max-article-chars}: answered
 * 413, because the article, not the request's form, is what is too large.
 */
public class ArticleTooLongException extends InputException {

    public ArticleTooLongException(int chars, int maxChars) {
        super("the article has " + chars + " characters of text after cleaning; this server takes at most "
                + maxChars + " (warta.max-article-chars)");
    }
}

/**
 * Reading user input — a file, a URL, standard input or text in hand — into an
 * {@link warta.core.article.Article}: decoding, format detection, and refusal of inputs that
 * cannot be used. Entry point: {@link warta.core.read.ArticleReader}.
 */
package warta.core.read;

/**
 * Finding the article in an HTML page: title, body paragraphs and declared metadata, with page
 * chrome left out. Entry point: {@link warta.core.extract.HtmlExtractor}.
 */
package warta.core.extract;

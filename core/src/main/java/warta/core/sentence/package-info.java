/**
 * Splitting Indonesian news text into sentences, by rules and without a model:
 * {@link warta.core.sentence.SentenceSplitter#indonesian()} is the entry point and
 * {@link warta.core.sentence.Span} the offsets it returns. Types that are not public are
 * implementation details.
 */
package warta.core.sentence;

/**
 * Warta's engine: everything between an input and its English result, as plain Java with no
 * framework. Packages are by feature and follow one article's way through the system:
 * {@code read}, {@code extract}, {@code clean}, {@code meta}, {@code lang}, {@code sentence},
 * {@code chunk}, then {@code inspect} which runs them in order.
 */
package warta.core;

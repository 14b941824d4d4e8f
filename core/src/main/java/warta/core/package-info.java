/**
 * Warta's engine: everything between an input and its English result, as plain Java with no
 * framework. {@link warta.core.Warta} is the front door: the CLI, the server and library users
 * make one and call it; it makes every other engine part. The packages are by feature and follow
 * one article's way through the system ({@code read}, {@code extract}, {@code clean},
 * {@code meta}, {@code lang}, {@code prepare}, {@code sentence}, {@code chunk}, {@code translate},
 * {@code summarize}, {@code check}, {@code result}); {@code docs/architecture.md} maps them.
 */
package warta.core;

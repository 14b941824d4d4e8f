/**
 * Not API: the HTTP client the chat models are built with, which keeps a failed response's
 * {@code Retry-After} that LangChain4j's own clients drop. May change without notice.
 */
package warta.core.model.internal;

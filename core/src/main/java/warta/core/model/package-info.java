/**
 * Chat models from one {@link warta.core.model.ModelConfig}: which provider, where it is, how
 * long to wait and how often to retry. {@link warta.core.model.ModelConfigResolver} builds the
 * configuration from flags, environment, config file and defaults;
 * {@link warta.core.model.ChatModels} turns it into a LangChain4j {@code ChatModel} wrapped in
 * {@link warta.core.model.RetryingChatModel}, the only place a model call is retried. Every
 * failure of a model call reaches callers as a {@link warta.core.error.ModelException} whose
 * message says what to do, and never contains the API key.
 */
package warta.core.model;

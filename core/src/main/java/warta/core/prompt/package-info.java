/**
 * Prompt templates: loading the built-in set from the {@code prompts} module, checking it against
 * its inventory, overriding it from a user folder, and rendering a template with values.
 *
 * <p>Article text only ever enters a prompt as a value ({@link warta.core.prompt.PromptTemplate#render}),
 * inside a fence whose closing tag it cannot forge ({@link warta.core.prompt.Fence}).
 */
package warta.core.prompt;

/**
 * Warta's exceptions: {@link warta.core.error.WartaException}, the unchecked root, and its
 * meaningful subtypes: {@link warta.core.error.InputException} (the user's input or settings are
 * unusable: exit 1 or HTTP 4xx), with {@link warta.core.error.SettingException} for a refused
 * setting that knows whether it came from a command-line flag (a CLI usage error, exit 2),
 * {@link warta.core.error.ModelException} (a provider failure with
 * a kind, retriable or not: HTTP 502/503/504) and {@link warta.core.error.CancelledException}.
 * Every package of core may use them; this package uses no other.
 */
package warta.core.error;

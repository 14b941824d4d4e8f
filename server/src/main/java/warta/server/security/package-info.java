/**
 * Access control for the HTTP API: API keys, sent as {@code Authorization: Bearer <key>}, required
 * on every {@code /v1} path when the server has any ({@link warta.server.security.ApiKeyFilter}).
 */
package warta.server.security;

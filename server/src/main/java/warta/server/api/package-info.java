/**
 * The model-backed HTTP API: {@code POST /v1/translations}, {@code /v1/summaries} and
 * {@code /v1/articles}, answered as one JSON result document or as a stream of Server-Sent Events,
 * and {@code POST /v1/digests} ({@link warta.server.api.DigestResource}), a digest of several articles,
 * with the bounded {@link warta.core.work.WorkQueue} in front of the model and Micrometer metrics
 * of the model's use. Errors are answered by {@link warta.server.problem.ProblemMapper}.
 */
package warta.server.api;

package warta.server.api;

import java.util.List;
import warta.server.batch.BatchRequest;

/**
 * The body of {@code POST /v1/digests}: either {@code {"articles": [...]}}, each article as
 * {@code /v1/batches} takes one ({@code id}, and one of {@code text}, {@code html}, {@code url}),
 * or {@code {"batch": "<job id>"}}, a finished batch job whose results are reused. Checked by
 * {@link DigestWork}, not here, so that every problem is named with its place. Unknown fields are ignored.
 *
 * @param articles the articles, or null
 * @param batch the id of a batch job, or null
 */
public record DigestRequest(List<BatchRequest.Article> articles, String batch) {}

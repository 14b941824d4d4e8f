package warta.core.batch.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link JobStatus}, the same for every front end:
 * {@code {id, state, created, total, done, failed, duplicates, pending, error?, articles: [{id, status, reason}]}}.
 * {@code state} is {@code queued}, {@code running}, {@code done}, {@code cancelled} or
 * {@code failed}; {@code error} is there only for a failed job. Thread-safe.
 */
public final class JobStatusJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobStatusJson() {}

    public static ObjectNode toNode(JobStatus status) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", status.id());
        root.put("state", status.state().id());
        root.put("created", status.job().created().toString());
        root.put("total", status.total());
        root.put("done", status.done());
        root.put("failed", status.failed());
        root.put("duplicates", status.duplicates());
        root.put("pending", status.pending());
        if (status.job().error() != null) {
            root.put("error", status.job().error());
        }
        ArrayNode articles = root.putArray("articles");
        for (ArticleStatus article : status.articles()) {
            articles.addObject()
                    .put("id", article.id())
                    .put("status", article.status())
                    .put("reason", article.reason());
        }
        return root;
    }
}

package warta.core.digest;

import java.util.List;
import warta.core.process.PlannedRequest;

/**
 * What a digest would do, without a model: its stories in date order, and the requests it would
 * send first, exactly, with token estimates.
 *
 * @param stories the stories, in the digest's order
 * @param requests the requests, in order
 */
public record DigestPlan(List<StoryPlan> stories, List<PlannedRequest> requests) {

    public DigestPlan {
        stories = List.copyOf(stories);
        requests = List.copyOf(requests);
    }
}

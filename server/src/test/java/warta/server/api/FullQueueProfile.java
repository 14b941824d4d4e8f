package warta.server.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One worker, one place in the queue, short articles, and limits no test comes near: work ends when a gate opens. */
public class FullQueueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "warta.workers", "1",
                "warta.queue-size", "1",
                "warta.request-timeout", "PT10M",
                "warta.digest-timeout", "PT10M",
                "warta.max-article-chars", "600");
    }
}

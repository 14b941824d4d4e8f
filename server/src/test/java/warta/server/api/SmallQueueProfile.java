package warta.server.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** One worker, one place in the queue, three seconds of model time (a digest too), short articles. */
public class SmallQueueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "warta.workers", "1",
                "warta.queue-size", "1",
                "warta.request-timeout", "PT3S",
                "warta.digest-timeout", "PT3S",
                "warta.max-article-chars", "600");
    }
}

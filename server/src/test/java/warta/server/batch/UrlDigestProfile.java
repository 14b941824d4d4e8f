package warta.server.batch;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Articles may be fetched from this machine (a test's page server); a batch job's digest holds at most two. */
public class UrlDigestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.allow-private-urls", "true", "warta.digest-max-batch-articles", "2");
    }
}

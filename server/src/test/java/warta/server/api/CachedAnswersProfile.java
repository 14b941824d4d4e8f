package warta.server.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/** A server with a response cache of its own, in a fresh folder under {@code target/}. */
public class CachedAnswersProfile implements QuarkusTestProfile {

    static final Path DIR = Path.of(
                    "target", "response-cache-" + ProcessHandle.current().pid() + "-" + System.nanoTime())
            .toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.cache.enabled", "true", "warta.cache.dir", DIR.toString(), "warta.cache.max-size", "8M");
    }
}

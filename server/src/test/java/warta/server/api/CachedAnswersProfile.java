package warta.server.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/** A server with a response cache of its own, in a fresh folder under {@code target/}. */
public class CachedAnswersProfile implements QuarkusTestProfile {

    /** Set once per JVM: the profile and the test may be loaded by different class loaders. */
    private static final String CHOSEN = "response-cache-dir.for.server.tests";

    /** The folder, the same for every class loader of this JVM. */
    static Path dir() {
        String dir = System.getProperty(CHOSEN);
        if (dir == null) {
            dir = Path.of("target", "response-cache-" + System.nanoTime())
                    .toAbsolutePath()
                    .toString();
            System.setProperty(CHOSEN, dir);
        }
        return Path.of(dir);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("warta.cache.enabled", "true", "warta.cache.dir", dir().toString(), "warta.cache.max-size", "8M");
    }
}

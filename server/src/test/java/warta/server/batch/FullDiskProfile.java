package warta.server.batch;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** A server whose batch jobs are kept on a disk that fills up on demand ({@link FullDiskJobs#DISK}). */
public class FullDiskProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FullDiskJobs.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Path dir = Path.of("target", "full-disk-jobs-" + System.nanoTime()).toAbsolutePath();
        return Map.of("warta.jobs-dir", dir.toString());
    }
}

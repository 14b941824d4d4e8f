package warta.server.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container image cannot be built here (no container engine), so its promises are read off
 * the Dockerfile: the server's user can write every folder the server writes to, and those are
 * one declared volume.
 */
class DockerfileTest {

    private static final Path DOCKERFILE = Path.of("../Dockerfile");
    /** The settings of the folders the server writes to: models, jobs, caches, the native library. */
    private static final List<String> WRITTEN =
            List.of("WARTA_MODELS_DIR", "WARTA_JOBS_DIR", "XDG_CACHE_HOME", "WARTA_NATIVE_DIR");

    @Test
    void should_give_the_server_user_one_writable_volume_for_everything_it_writes() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE).replace("\\\n", " ");

        assertThat(dockerfile).contains("VOLUME [\"/data\"]").contains("chown -R warta:warta /data");
        for (String setting : WRITTEN) {
            Matcher value = Pattern.compile("\\b" + setting + "=(\\S+)").matcher(dockerfile);
            assertThat(value.find()).as(setting + " is set").isTrue();
            assertThat(value.group(1)).as(setting).startsWith("/data/");
            assertThat(dockerfile).as("the image makes " + value.group(1)).contains(value.group(1) + " ");
        }
        assertThat(dockerfile.indexOf("USER 10001")).isGreaterThan(dockerfile.indexOf("chown -R warta:warta /data"));
    }
}

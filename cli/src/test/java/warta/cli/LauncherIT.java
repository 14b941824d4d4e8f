package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./warta} launcher with the jar this build made, in a copy of the repository's layout
 * that has no sources (so it never rebuilds): it makes its start-up cache for the JDK running the
 * tests, and with the cache, without it, or with a broken one, prints the same.
 */
class LauncherIT {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final String ARTICLE = """
            Banjir Rendam Perumahan di Bekasi

            BEKASI - Tinggi muka air Kali Bekasi naik hingga empat meter pada Senin pagi, dan warga di tiga kelurahan diminta waspada.

            Badan Penanggulangan Bencana Daerah menyiagakan 12 perahu karet dan dapur umum bagi warga yang mengungsi.
            """;

    @TempDir
    Path root;

    private Path target;

    @BeforeEach
    void copyTheLauncherAndTheJar() throws IOException {
        Path jar = REPO.resolve("cli/target/warta.jar");
        assumeTrue(Files.isRegularFile(jar), "no cli/target/warta.jar: run after package");
        target = Files.createDirectories(root.resolve("cli/target"));
        Files.createDirectories(root.resolve("scripts"));
        for (String file : List.of("warta", "scripts/jdk.sh", "scripts/aot-training.txt")) {
            Files.copy(REPO.resolve(file), root.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.copy(jar, target.resolve("warta.jar"));
    }

    @Test
    void should_make_the_cache_once_and_print_the_same_with_it() throws Exception {
        Path article = Files.writeString(root.resolve("banjir.txt"), ARTICLE);
        Run first = warta(Map.of(), "inspect", article.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("language     id");
        assertThat(cacheFiles()).as("the start-up cache next to the jar").hasSize(1);

        Run second = warta(Map.of(), "inspect", article.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();

        Run without = warta(Map.of("WARTA_AOT_CACHE", "off"), "inspect", article.toString());
        assertThat(without.out()).isEqualTo(first.out());
    }

    @Test
    void should_run_the_same_when_the_cache_is_broken() throws Exception {
        Run first = warta(Map.of(), "--version");
        assertThat(first.code()).isZero();
        assertThat(first.out()).startsWith("warta 0.");
        assertThat(cacheFiles()).as("a cache to break").isNotEmpty();
        for (Path cache : cacheFiles()) {
            Files.writeString(cache, "not a cache");
            Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        }

        Run broken = warta(Map.of(), "--version");
        assertThat(broken.code()).isZero();
        assertThat(broken.out()).isEqualTo(first.out());
        assertThat(broken.err()).isEmpty();
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("warta\\.jar-.+\\.(aot|jsa)"))
                    .toList();
        }
    }

    private record Run(int code, String out, String err) {}

    private Run warta(Map<String, String> env, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(root.resolve("warta").toString()), Stream.of(args))
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("warta finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }
}

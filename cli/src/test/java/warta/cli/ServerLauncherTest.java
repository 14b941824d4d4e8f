package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./warta-server} launcher, in a copy of the repository's layout whose "server" is a
 * small jar that prints what it was given: the launcher picks the JDK, does not rebuild a server
 * that is up to date, and hands {@code -D}/{@code -X} options to the JVM and the rest to the server.
 */
class ServerLauncherTest {

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path root;

    @Test
    void should_give_jvm_options_to_the_jvm_and_the_rest_to_the_server() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash on this machine");
        Files.createDirectories(root.resolve("scripts"));
        for (String file : List.of("warta-server", "scripts/jdk.sh")) {
            Files.copy(REPO.resolve(file), root.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path app = Files.createDirectories(root.resolve("server/target/quarkus-app"));
        echoJar(app.resolve("quarkus-run.jar"));
        Files.createFile(root.resolve("server/target/.warta-server-built"));

        List<String> command = Stream.of(root.resolve("warta-server").toString(), "-Dwarta.test=on", "serve", "-x")
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo("warta.test=on args=[serve, -x]\n");
    }

    /** A runnable jar whose main is {@link Echo}. */
    private static void echoJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Echo.class.getName());
        String entry = Echo.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = Echo.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    /** The stand-in server: prints a system property and its arguments. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.println("warta.test=" + System.getProperty("warta.test") + " args=" + List.of(args));
        }
    }
}

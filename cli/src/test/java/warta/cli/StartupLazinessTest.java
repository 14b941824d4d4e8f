package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short command loads only what it needs: each run here happens in a class loader of its own,
 * over the test class path, so what it loaded is seen apart from the other tests in this JVM.
 */
class StartupLazinessTest {

    private static final String PICOCLI = "picocli.CommandLine";
    private static final String LANGUAGE_MODEL = "opennlp.tools.langdetect.LanguageDetectorModel";
    private static final String TOKENIZER = "com.knuddels.jtokkit.Encodings";
    private static final String CL100K = "warta.core.chunk.TokenCounters$Cl100k";

    @TempDir
    Path dir;

    @Test
    void should_print_the_version_without_picocli_the_language_model_or_a_vocabulary() throws Throwable {
        try (Isolated run = new Isolated()) {
            assertThat(run.main("--version")).startsWith("warta 0.").contains("Java ");
            assertThat(run.loaded(PICOCLI)).isFalse();
            assertThat(run.loaded(LANGUAGE_MODEL)).isFalse();
            assertThat(run.loaded(TOKENIZER)).isFalse();
        }
    }

    @Test
    void should_print_the_same_version_as_picocli_would() {
        StringWriter picocli = new StringWriter();
        Main.commandLine(CliRun.QUIET, new PrintWriter(picocli), new PrintWriter(new StringWriter()))
                .printVersionHelp(new PrintWriter(picocli, true));
        assertThat(CliRun.of("--version").out()).isEqualTo(picocli.toString());
        assertThat(CliRun.of("-V").out()).isEqualTo(picocli.toString());
    }

    @Test
    void should_build_only_the_subcommand_it_runs_and_only_the_vocabulary_it_counts_with() throws Throwable {
        Path article = Files.writeString(
                dir.resolve("banjir.txt"),
                "Banjir di Bekasi\n\nTinggi muka air Kali Bekasi naik hingga empat meter pada Senin pagi,"
                        + " dan warga di tiga kelurahan diminta waspada.\n");
        try (Isolated run = new Isolated()) {
            assertThat(run.main("inspect", article.toString())).contains("language     id");
            assertThat(run.loaded(LANGUAGE_MODEL)).isTrue();
            assertThat(run.loaded(TOKENIZER)).isTrue();
            assertThat(run.loaded(CL100K)).isFalse();
            // Picocli reads the fields of the commands it builds; the model options are only in the others.
            assertThat(run.loaded("warta.cli.InputOptions")).isTrue();
            assertThat(run.loaded("warta.cli.ModelOptions")).isFalse();
        }
    }

    /** The test class path in a loader of its own, which says which classes it has loaded. */
    private static final class Isolated extends URLClassLoader {

        Isolated() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        /**
         * Runs {@code Main.run} in this loader with the machine's context; returns what it printed.
         * Through method handles: reflection on a class would load the types of all its methods.
         */
        String main(String... args) throws Throwable {
            Class<?> main = loadClass("warta.cli.Main");
            Class<?> context = loadClass("warta.cli.CliContext");
            MethodHandle system = MethodHandles.privateLookupIn(context, MethodHandles.lookup())
                    .findStatic(context, "system", MethodType.methodType(context));
            MethodType runType =
                    MethodType.methodType(int.class, context, PrintWriter.class, PrintWriter.class, String[].class);
            MethodHandle run =
                    MethodHandles.privateLookupIn(main, MethodHandles.lookup()).findStatic(main, "run", runType);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Object code = run.invoke(system.invoke(), new PrintWriter(out), new PrintWriter(err), args);
            assertThat(code).as(err.toString()).isEqualTo(0);
            return out.toString();
        }

        boolean loaded(String name) {
            synchronized (getClassLoadingLock(name)) {
                return findLoadedClass(name) != null;
            }
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        public void close() throws IOException {
            super.close();
        }
    }
}

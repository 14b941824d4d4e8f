package warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven wrote into {@code warta/cli/version.properties}. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/warta/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "warta " + p.getProperty("version", "(unknown version)"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /**
     * Prints the version, as picocli's {@code --version} does, when {@code args} is just {@code
     * --version} or {@code -V}, and says whether it did. Picocli's classes are Java 5 class files,
     * which the JVM verifies the slow way on every start and cannot keep in a CDS or AOT cache:
     * building the command line would take most of the time of {@code warta --version}.
     */
    static boolean printIfAsked(PrintWriter out, String... args) {
        if (args.length != 1 || !(args[0].equals("--version") || args[0].equals("-V"))) {
            return false;
        }
        try {
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return true;
    }
}

package warta.core.model.embedded;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.LogLevel;
import de.kherud.llama.args.LogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/**
 * Loads java-llama.cpp's native library once per JVM without printing, and routes llama.cpp's
 * log to slf4j (logger {@code warta.core.model.embedded.llama}).
 *
 * <p>Left to itself, the library's {@code LlamaLoader} extracts the library into the temp dir and
 * says so on {@code System.out}, and before that deletes every file in the temp dir whose name
 * starts with {@code llama} or {@code jllama} (a model called {@code llama-3.2.gguf} in /tmp
 * included). So the library is extracted here, into a folder of its own, and the loader is
 * pointed at it with {@code de.kherud.llama.lib.path} and {@code de.kherud.llama.tmpdir}: it then
 * loads that file silently and cleans only that folder. Properties the user set are kept.
 */
final class NativeLibrary {

    /** The folder, under the native dir, that holds the extracted library. */
    static final String SUBFOLDER = "warta-llama-4.2.0";

    private static final Logger LLAMA = LoggerFactory.getLogger("warta.core.model.embedded.llama");
    private static boolean loaded;

    private NativeLibrary() {}

    /** Loads the library (first call only) and installs the slf4j log route. */
    static synchronized void load(Path nativeDir) {
        if (!loaded) {
            Path dir =
                    (nativeDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : nativeDir).resolve(SUBFOLDER);
            extract(dir);
            try {
                routeLog();
            } catch (LinkageError e) {
                throw new ModelException(
                        Kind.UNSUPPORTED,
                        "the embedded engine cannot run on this machine (" + System.getProperty("os.name") + ", "
                                + System.getProperty("os.arch") + "): " + e.getMessage(),
                        e);
            }
            loaded = true;
        }
    }

    /**
     * Sends llama.cpp's log to slf4j. Loading a model replaces the route with llama.cpp's own
     * (common_init), so {@link LlamaChatModel} calls this again after each load.
     */
    static void routeLog() {
        LlamaModel.setLogger(LogFormat.TEXT, NativeLibrary::log);
    }

    private static void log(LogLevel level, String message) {
        String line = message.strip();
        if (line.isEmpty() || line.chars().allMatch(c -> c == '.')) {
            return;
        }
        switch (level) {
            case ERROR -> LLAMA.error(line);
            case WARN -> LLAMA.warn(line);
            case INFO -> LLAMA.debug(line);
            default -> LLAMA.trace(line);
        }
    }

    private static void extract(Path dir) {
        String name = System.mapLibraryName("jllama");
        String resource = "/de/kherud/llama/" + folderForThisMachine() + "/" + name;
        try (InputStream in = LlamaModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // no bundled library for this machine: the loader's own search fails with its message
            }
            byte[] bytes = in.readAllBytes();
            Files.createDirectories(dir);
            Path target = dir.resolve(name);
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                Path temp = Files.createTempFile(dir, "warta", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            setIfAbsent("de.kherud.llama.lib.path", dir.toString());
            setIfAbsent("de.kherud.llama.tmpdir", dir.toString());
        } catch (IOException e) {
            throw new ModelException(
                    Kind.UNSUPPORTED,
                    "cannot extract the embedded engine's native library to " + dir + ": " + e.getMessage()
                            + "; set another folder for it",
                    e);
        }
    }

    /** The library's own name for this OS and architecture, e.g. {@code Linux/x86_64}. */
    private static String folderForThisMachine() {
        try {
            Method method =
                    Class.forName("de.kherud.llama.OSInfo").getDeclaredMethod("getNativeLibFolderPathForCurrentOS");
            method.setAccessible(true);
            return (String) method.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

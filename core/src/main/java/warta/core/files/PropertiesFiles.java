package warta.core.files;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import warta.core.error.InputException;

/** The one reading of a user's properties file (the config file): UTF-8, and its errors in words. */
public final class PropertiesFiles {

    private PropertiesFiles() {}

    /**
     * The properties in {@code file}.
     *
     * @throws InputException when it cannot be read, or is not a properties file
     */
    public static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InputException("cannot read config file " + file + ": " + FileErrors.reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new InputException("config file " + file + " is not a properties file: " + e.getMessage(), e);
        }
        return properties;
    }
}

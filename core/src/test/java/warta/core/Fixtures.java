package warta.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the tests' own Indonesian fixtures from {@code warta/core/fixtures}. */
public final class Fixtures {

    private Fixtures() {}

    public static String load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/warta/core/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

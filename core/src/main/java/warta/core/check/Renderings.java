package warta.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The phrase indexes that carry names and terms across Indonesian and English: the built-in one
 * (CLDR's country, region and language names from {@link LocaleNames}, and the hand-written
 * phrases, abbreviations, exonyms and nationality words of {@value #TERMS}), and one per glossary.
 * The built-in index is made once, on first use, and shared: class initialisation makes that
 * thread-safe. Stateless otherwise.
 */
final class Renderings {

    static final String TERMS = "warta/core/check/terms-id-en.txt";

    private Renderings() {}

    /** CLDR names and the built-in terms, both ways. */
    static Phrases builtIn() {
        return BuiltIn.PHRASES;
    }

    /** A glossary's terms and renderings, both ways: "Menlu" gives "Foreign Minister" and back. */
    static Phrases of(Map<String, String> glossary) {
        Phrases.Builder phrases = Phrases.builder();
        glossary.forEach(phrases::pair);
        return phrases.build();
    }

    /**
     * Reads the terms: {@code a[, a ...] = b[, b ...]}, each form on the left paired with each on
     * the right; {@code #} starts a comment line.
     */
    static void parseTerms(String text, Phrases.Builder phrases) {
        for (String line : text.split("\n")) {
            String entry = line.strip();
            int equals = entry.indexOf('=');
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (equals <= 0) {
                throw new IllegalStateException(TERMS + ": not 'indonesian = english': " + entry);
            }
            for (String indonesian : entry.substring(0, equals).split(",")) {
                for (String english : entry.substring(equals + 1).split(",")) {
                    phrases.pair(indonesian, english);
                }
            }
        }
    }

    private static final class BuiltIn {
        static final Phrases PHRASES = load();

        private static Phrases load() {
            Phrases.Builder phrases = Phrases.builder();
            LocaleNames.addTo(phrases);
            try (InputStream in = Renderings.class.getResourceAsStream("/" + TERMS)) {
                if (in == null) {
                    throw new IllegalStateException(TERMS + " is not on the classpath");
                }
                parseTerms(new String(in.readAllBytes(), StandardCharsets.UTF_8), phrases);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + TERMS, e);
            }
            return phrases.build();
        }
    }
}

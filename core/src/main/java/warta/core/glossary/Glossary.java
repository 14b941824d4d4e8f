package warta.core.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import warta.core.error.InputException;
import warta.core.read.Utf8;

/**
 * Indonesian news terms, each with one English rendering, and the search for the terms an article
 * uses so that only those go into a prompt.
 *
 * <p>Matching ({@link #entriesIn}): a term matches a whole word or phrase, never part of a word
 * ("Presiden" does not match "Presidennya"); spaces in a term match any run of whitespace. A term
 * with no lower-case letter ({@code AS}, {@code DPR}, {@code TNI AL}) matches only in that case,
 * so the Indonesian words "as" and "ma" are not taken for abbreviations; any other term
 * ({@code Menlu}, {@code Wakil Presiden}) matches in any case. Scanning left to right, the longest
 * term starting at a position wins, so "Wakil Presiden" is found and the "Presiden" inside it is not.
 *
 * <p>Identity: two terms are the same when they match the same text ({@code Menlu} and
 * {@code menlu}, but not {@code AS} and {@code As}); the later one replaces the earlier, in a file
 * and in {@link #with}. Instances are immutable and thread-safe.
 */
public final class Glossary {

    /** The classpath location of the built-in glossary. */
    public static final String BUILT_IN = "warta/core/glossary/id-en.tsv";

    private final Map<String, GlossaryEntry> entries;
    private final TermMatcher matcher;
    private final Map<String, String> asMap;

    private Glossary(Map<String, GlossaryEntry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.matcher = new TermMatcher(List.copyOf(this.entries.values()));
        Map<String, String> map = new LinkedHashMap<>();
        this.entries.values().forEach(e -> map.put(e.term(), e.rendering()));
        this.asMap = Collections.unmodifiableMap(map);
    }

    /** A glossary of {@code entries}; for the same term, the later entry wins. */
    public static Glossary of(Collection<GlossaryEntry> entries) {
        Map<String, GlossaryEntry> map = new LinkedHashMap<>();
        for (GlossaryEntry entry : Objects.requireNonNull(entries, "entries")) {
            map.put(TermMatcher.key(Objects.requireNonNull(entry, "entry")), entry);
        }
        return new Glossary(map);
    }

    /**
     * A glossary from term-to-rendering pairs given by a caller (a request's own entries).
     *
     * @throws InputException naming the entry, for more than {@code max} entries or a bad one
     */
    public static Glossary fromMap(Map<String, String> entries, int max) {
        if (entries.size() > max) {
            throw new InputException("\"glossary\" has " + entries.size() + " entries; at most " + max + " are taken");
        }
        List<GlossaryEntry> list = new ArrayList<>();
        entries.forEach((term, rendering) -> {
            if (rendering == null) {
                throw new InputException("\"glossary\": the rendering of \"" + term + "\" is null");
            }
            try {
                list.add(new GlossaryEntry(term, rendering));
            } catch (IllegalArgumentException e) {
                throw new InputException("\"glossary\": " + e.getMessage());
            }
        });
        return of(list);
    }

    /** The built-in Indonesian-English glossary ({@value #BUILT_IN}), read once on first use. */
    public static Glossary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The user's glossary file: UTF-8, one {@code term<TAB>rendering} per line, blank lines and
     * {@code #} comment lines ignored; for a repeated term the last line wins.
     *
     * @throws InputException when the file cannot be read, is not UTF-8, or has a bad line (the
     *     message names the file and the line number)
     */
    public static Glossary load(Path tsv) {
        Objects.requireNonNull(tsv, "tsv");
        String text;
        try {
            text = Utf8.strict(Files.readAllBytes(tsv));
        } catch (NoSuchFileException e) {
            throw new InputException("glossary " + tsv + ": file not found", e);
        } catch (CharacterCodingException e) {
            throw new InputException("glossary " + tsv + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException("glossary " + tsv + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return of(GlossaryFile.parse(text, message -> new InputException("glossary " + tsv + " " + message)));
    }

    /** This glossary with the entries of {@code overrides} added; theirs win for the same term. */
    public Glossary with(Glossary overrides) {
        Map<String, GlossaryEntry> merged = new LinkedHashMap<>(entries);
        merged.putAll(Objects.requireNonNull(overrides, "overrides").entries);
        return new Glossary(merged);
    }

    /** The entries whose terms occur in {@code text}, in order of first occurrence, each once. */
    public List<GlossaryEntry> entriesIn(String text) {
        return matcher.find(Objects.requireNonNull(text, "text"));
    }

    /** Term to rendering, in file order (an override keeps the place of the term it replaced); unmodifiable. */
    public Map<String, String> asMap() {
        return asMap;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Glossary[" + size() + " entries]";
    }

    /** The built-in glossary, read on first use (class initialisation is lazy and thread-safe). */
    private static final class BuiltIn {
        static final Glossary INSTANCE = load();

        private static Glossary load() {
            try (InputStream in = Glossary.class.getResourceAsStream("/" + BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("built-in glossary " + BUILT_IN + " is not on the classpath");
                }
                String text = Utf8.strict(in.readAllBytes());
                return of(GlossaryFile.parse(
                        text, message -> new IllegalStateException("built-in glossary " + BUILT_IN + " " + message)));
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("built-in glossary " + BUILT_IN + " is not UTF-8 text", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in glossary " + BUILT_IN, e);
            }
        }
    }
}

package warta.core.model.embedded.store;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One named GGUF model in the {@link ModelCatalog}: where to download it, how big it is, under
 * which license, which SHA-256 it must have (when the catalogue knows it) and the context length
 * it was trained for; whether its terms must be accepted before it is downloaded, and what has been
 * published about its quality. Immutable.
 *
 * @param name the preset's name, as used on the command line ({@code qwen2.5-1.5b-instruct})
 * @param description one line for people
 * @param url where to download the file (http or https)
 * @param fileName the file's name in the cache: a plain file name, never a path
 * @param sizeBytes the file's size in bytes; exact only when {@code sizeExact}
 * @param sizeExact whether {@code sizeBytes} is the exact size; otherwise it is an estimate and
 *     the server's {@code Content-Length} decides
 * @param license the license, as an SPDX id where there is one
 * @param sha256 the file's SHA-256 as 64 lower-case hex digits, or null when the catalogue does
 *     not know it (then the download is checked against the hash the server announces)
 * @param contextLength the context window in tokens the model was trained for
 * @param terms the terms of use that must be accepted before the file is downloaded (Gemma's, for
 *     instance), or null when its license needs no acceptance (Apache-2.0, MIT)
 * @param quality a note of published quality with its source, or null when none is known
 */
public record ModelPreset(
        String name,
        String description,
        URI url,
        String fileName,
        long sizeBytes,
        boolean sizeExact,
        String license,
        String sha256,
        int contextLength,
        URI terms,
        String quality) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ModelPreset {
        requireMatch(name, NAME, "name");
        requireText(description, "description");
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute()
                || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new IllegalArgumentException("url must be an absolute http(s) URL, not " + url);
        }
        requireMatch(fileName, FILE, "file");
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("size must be positive, not " + sizeBytes);
        }
        requireText(license, "license");
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            requireMatch(sha256, SHA256, "sha256");
        }
        if (contextLength <= 0) {
            throw new IllegalArgumentException("context must be positive, not " + contextLength);
        }
        if (terms != null
                && !(terms.isAbsolute()
                        && (terms.getScheme().equals("http")
                                || terms.getScheme().equals("https")))) {
            throw new IllegalArgumentException("terms must be an absolute http(s) URL, not " + terms);
        }
        quality = quality == null || quality.isBlank() ? null : quality.strip();
    }

    /** A preset whose license needs no acceptance and with no note of quality. */
    public ModelPreset(
            String name,
            String description,
            URI url,
            String fileName,
            long sizeBytes,
            boolean sizeExact,
            String license,
            String sha256,
            int contextLength) {
        this(name, description, url, fileName, sizeBytes, sizeExact, license, sha256, contextLength, null, null);
    }

    /** Whether the terms of use must be accepted before the file is downloaded. */
    public boolean termsRequired() {
        return terms != null;
    }

    /** The note of published quality, if there is one. */
    public Optional<String> qualityNote() {
        return Optional.ofNullable(quality);
    }

    /** The SHA-256 the catalogue pins, if it pins one. */
    public Optional<String> knownSha256() {
        return Optional.ofNullable(sha256);
    }

    /** The size for people: {@code 1.1 GB}, or {@code about 4.7 GB} when it is an estimate. */
    public String sizeText() {
        return (sizeExact ? "" : "about ") + Bytes.format(sizeBytes);
    }

    private static void requireMatch(String value, Pattern pattern, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + pattern + ", not " + value);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}

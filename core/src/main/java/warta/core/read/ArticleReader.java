package warta.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;

/**
 * Reads one input — a file, a URL, standard input, or bytes or text already in hand — into an
 * {@link Article}, decoding it and telling HTML from plain text.
 *
 * <p>Decoding: a UTF-8 or UTF-16 byte-order mark is honoured and stripped; otherwise a charset
 * declared by the content type or an HTML {@code <meta charset>} wins when it decodes cleanly,
 * then strict UTF-8, then Windows-1252. CRLF and lone CR become LF; the text is NFC-normalised.
 *
 * <p>Refusals: every problem with the input is an {@link InputException} whose one-line message
 * names the input — a missing file, a directory, an unreadable file, binary content, empty or
 * whitespace-only content, content over {@link ReadOptions#maxBytes()}, a URL that answers an
 * HTTP error, cannot be reached or times out, and, unless
 * {@link ReadOptions#privateAddressesAllowed()}, a URL (or a redirect) whose host resolves to a
 * loopback, private, link-local or otherwise non-public address. No more than {@code maxBytes + 1} bytes are read
 * from a stream or URL.
 *
 * <p>Immutable and thread-safe; the constructor does no I/O (the HTTP client is made on the first
 * URL read and then shared).
 */
public final class ArticleReader {

    /** A URL of a scheme other than http(s), {@code ftp://} or {@code file://}: not a path to look for. */
    private static final Pattern OTHER_URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

    private final ReadOptions options;
    private final UrlFetcher fetcher;

    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.fetcher = new UrlFetcher(options);
    }

    /** A reader with {@link ReadOptions#defaults()}. */
    public ArticleReader() {
        this(ReadOptions.defaults());
    }

    public ReadOptions options() {
        return options;
    }

    /**
     * Reads what the user named: {@code "-"} is standard input, {@code http://} or
     * {@code https://} a URL, any other {@code scheme://} refused, anything else a file path.
     */
    public Article read(String input) {
        Objects.requireNonNull(input, "input");
        if (input.equals("-")) {
            return readStdin(System.in);
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return readUrl(parseUri(input));
        }
        if (OTHER_URL.matcher(input).lookingAt()) {
            throw new InputException("not an http or https URL: " + input + " (only http and https URLs can be read)");
        }
        return readFile(Path.of(input));
    }

    /** Reads standard input, or a stream standing for it; the stream is not closed. */
    public Article readStdin(InputStream in) {
        Objects.requireNonNull(in, "in");
        Source source = Source.stdin();
        try {
            return fromBytes(Limits.readAtMost(in, options.maxBytes(), source), source, null);
        } catch (IOException e) {
            throw new InputException("cannot read standard input: " + e.getMessage(), e);
        }
    }

    /** Reads a file; the path is shown in results and messages as given. */
    public Article readFile(Path path) {
        Objects.requireNonNull(path, "path");
        Source source = Source.file(path.toString());
        checkReadableFile(path);
        try (InputStream in = Files.newInputStream(path)) {
            Limits.checkSize(Files.size(path), options.maxBytes(), source);
            return fromBytes(Limits.readAtMost(in, options.maxBytes(), source), source, null);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fetches an {@code http} or {@code https} URL, following redirects; refuses non-public
     * addresses when the options say so, naming the address and why. A host written as an IPv4
     * address in a notation browsers accept ({@code 127.1}, {@code 2130706433}, {@code 0x7f.1},
     * {@code 0177.0.0.1}) stands for the address browsers read in it.
     */
    public Article readUrl(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getRawAuthority() == null) {
            throw new InputException("not an http or https URL: " + url);
        }
        Source source = Source.url(url.toString());
        UrlFetcher.Fetched fetched = fetcher.fetch(url, source);
        return fromBytes(fetched.body(), source, fetched.contentType());
    }

    /**
     * Decodes bytes already in hand. {@code contentType} is a MIME type such as
     * {@code text/html; charset=ISO-8859-1}, or null when unknown.
     */
    public Article fromBytes(byte[] bytes, Source source, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Limits.checkSize(bytes.length, options.maxBytes(), source);
        if (!TextDecoder.hasUtf16Bom(bytes)) {
            refuseBinary(BinarySniffer.sniff(bytes), source);
        }
        return toArticle(TextDecoder.decode(bytes, contentType), source, contentType, null);
    }

    /**
     * Accepts text already decoded, for callers such as the HTTP server; the format is detected
     * when {@code formatOrNull} is null. The same checks apply as to bytes.
     */
    public Article fromString(String content, Source source, Article.Format formatOrNull) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        if ((long) content.length() * 3 > options.maxBytes()) {
            Limits.checkSize(content.getBytes(StandardCharsets.UTF_8).length, options.maxBytes(), source);
        }
        return toArticle(TextDecoder.normalize(content), source, null, formatOrNull);
    }

    private Article toArticle(String text, Source source, String contentType, Article.Format format) {
        if (BinarySniffer.looksBinary(text)) {
            refuseBinary(Optional.of(""), source);
        }
        if (text.isBlank()) {
            throw new InputException(Limits.name(source) + " is empty");
        }
        Article.Format resolved = format != null ? format : FormatDetector.detect(text, contentType);
        return new Article(source, text, resolved);
    }

    private static void refuseBinary(Optional<String> kind, Source source) {
        kind.ifPresent(k -> {
            String what = k.isEmpty() ? "a binary file" : "a binary file (" + k + ")";
            throw new InputException(Limits.name(source) + " looks like " + what + ", not text or HTML");
        });
    }

    private static void checkReadableFile(Path path) {
        if (!Files.exists(path)) {
            throw new InputException("no such file: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new InputException(path + " is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw new InputException("cannot read " + path + ": permission denied");
        }
    }

    private static URI parseUri(String input) {
        try {
            return new URI(input.strip());
        } catch (java.net.URISyntaxException e) {
            throw new InputException("not a valid URL: " + input + " (" + e.getReason() + ")", e);
        }
    }
}

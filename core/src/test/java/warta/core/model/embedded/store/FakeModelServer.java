package warta.core.model.embedded.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Hugging Face, on a free port of 127.0.0.1: serves a few-KB fake GGUF file
 * at {@link #fileUrl()}, and at {@link #resolveUrl()} a redirect to it that carries
 * {@code X-Linked-Etag} as the Hub's {@code resolve} URLs do. It honours {@code Range} unless told
 * not to, can cut the first response short, and records every request. Shared with the CLI's tests.
 */
public final class FakeModelServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Seen(String path, String range) {}

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final byte[] content;
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private volatile boolean honourRange = true;
    private volatile int cutFirstAfter = -1;
    private volatile String linkedEtag;
    private volatile String fileEtag;
    private volatile long stallMillis;

    private FakeModelServer(byte[] content) throws IOException {
        this.content = content.clone();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/files/", this::file);
        server.createContext("/resolve/", this::resolve);
        server.start();
    }

    /** A server for {@link #fakeGguf(int)} of {@code size} bytes. */
    public static FakeModelServer start(int size) throws IOException {
        return new FakeModelServer(fakeGguf(size));
    }

    /** {@code size} bytes that start with "GGUF", the rest random but always the same. */
    public static byte[] fakeGguf(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        System.arraycopy("GGUF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256(content);
    }

    public URI fileUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/files/model.gguf");
    }

    /** Redirects (302) to {@link #fileUrl()}, with {@code X-Linked-Etag} when one is set. */
    public URI resolveUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/resolve/main/model.gguf");
    }

    /** A URL where nothing is served (HTTP 404). */
    public URI missingUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing/model.gguf");
    }

    public FakeModelServer ignoringRange() {
        this.honourRange = false;
        return this;
    }

    /** The first response declares the whole length, sends {@code bytes} of it, and drops the connection. */
    public FakeModelServer cuttingFirstResponseAfter(int bytes) {
        this.cutFirstAfter = bytes;
        return this;
    }

    /** The redirect's {@code X-Linked-Etag}, sent as given (Hugging Face quotes it). */
    public FakeModelServer linkedEtag(String value) {
        this.linkedEtag = value;
        return this;
    }

    /** The file's own {@code ETag}. */
    public FakeModelServer fileEtag(String value) {
        this.fileEtag = value;
        return this;
    }

    /** The first response sends half its body, then nothing for this long before the rest. */
    public FakeModelServer stallingFor(long millis) {
        this.stallMillis = millis;
        return this;
    }

    public List<Seen> requests() {
        return List.copyOf(requests);
    }

    private void resolve(HttpExchange exchange) throws IOException {
        record(exchange);
        if (linkedEtag != null) {
            exchange.getResponseHeaders().add("X-Linked-Etag", linkedEtag);
            exchange.getResponseHeaders().add("ETag", linkedEtag);
        }
        exchange.getResponseHeaders().add("Location", "/files/model.gguf");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void file(HttpExchange exchange) throws IOException {
        String range = record(exchange);
        if (fileEtag != null) {
            exchange.getResponseHeaders().add("ETag", fileEtag);
        }
        int start = 0;
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        if (honourRange && matcher != null && matcher.matches()) {
            start = (int) Math.min(Long.parseLong(matcher.group(1)), Integer.MAX_VALUE);
            if (start >= content.length) {
                exchange.getResponseHeaders().add("Content-Range", "bytes */" + content.length);
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders()
                    .add("Content-Range", "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
            exchange.sendResponseHeaders(206, content.length - start);
        } else {
            exchange.sendResponseHeaders(200, content.length);
        }
        send(exchange, start);
    }

    private void send(HttpExchange exchange, int start) throws IOException {
        OutputStream body = exchange.getResponseBody();
        int remaining = content.length - start;
        boolean first = served.getAndIncrement() == 0;
        if (first && cutFirstAfter >= 0) {
            body.write(content, start, Math.min(cutFirstAfter, remaining));
            body.flush();
            throw new IOException("cut on purpose"); // the server then closes the connection
        }
        if (first && stallMillis > 0) {
            body.write(content, start, remaining / 2);
            body.flush();
            sleep(stallMillis);
            body.write(content, start + remaining / 2, remaining - remaining / 2);
        } else {
            body.write(content, start, remaining);
        }
        exchange.close();
    }

    private String record(HttpExchange exchange) {
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(new Seen(exchange.getRequestURI().getPath(), range));
        return range;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

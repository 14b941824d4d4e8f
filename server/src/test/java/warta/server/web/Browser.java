package warta.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A headless Chromium driven through chromedriver with a few W3C WebDriver commands: enough to
 * open a page, find elements by CSS selector, type, click, run a script and wait. Written here
 * because Selenium's dependencies clash with Quarkus's. {@link #close} always ends the session
 * and the chromedriver process. Not thread-safe: one test at a time.
 */
final class Browser implements AutoCloseable {

    /** The W3C name of an element reference in a WebDriver answer. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process driver;
    private final Path log;
    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String session;

    private Browser(Process driver, Path log, URI base) {
        this.driver = driver;
        this.log = log;
        this.base = base;
    }

    /** Starts chromedriver on a free port and a headless Chromium whose profile lives in {@code dir}. */
    static Browser start(Path chromedriver, Path chromium, Path dir) throws IOException {
        int port = freePort();
        Path log = dir.resolve("chromedriver.log");
        Process process = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Browser browser = new Browser(process, log, URI.create("http://127.0.0.1:" + port + "/"));
        try {
            browser.awaitDriver();
            browser.newSession(chromium, Files.createDirectories(dir.resolve("profile")));
            return browser;
        } catch (RuntimeException | IOException e) {
            browser.close();
            throw e;
        }
    }

    void open(String url) {
        command("POST", "url", JSON.createObjectNode().put("url", url));
    }

    /** The elements that match {@code css} now, in document order; none is an empty list. */
    List<String> findAll(String css) {
        ObjectNode query = JSON.createObjectNode().put("using", "css selector").put("value", css);
        List<String> ids = new ArrayList<>();
        for (JsonNode element : command("POST", "elements", query)) {
            ids.add(element.get(ELEMENT).asText());
        }
        return ids;
    }

    String find(String css) {
        List<String> found = findAll(css);
        if (found.isEmpty()) {
            throw new AssertionError("no element matches " + css);
        }
        return found.get(0);
    }

    /** The rendered text of the first element that matches, as a reader sees it ("" when hidden). */
    String text(String css) {
        return textOf(find(css));
    }

    String textOf(String element) {
        return command("GET", "element/" + element + "/text", null).asText();
    }

    List<String> texts(String css) {
        return findAll(css).stream().map(this::textOf).toList();
    }

    boolean displayed(String css) {
        return command("GET", "element/" + find(css) + "/displayed", null).asBoolean();
    }

    void click(String css) {
        command("POST", "element/" + find(css) + "/click", JSON.createObjectNode());
    }

    /** Moves the mouse pointer onto the middle of the first element that matches, as a user hovering it. */
    void hover(String css) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode mouse =
                body.putArray("actions").addObject().put("type", "pointer").put("id", "mouse");
        mouse.putObject("parameters").put("pointerType", "mouse");
        mouse.putArray("actions")
                .addObject()
                .put("type", "pointerMove")
                .put("duration", 0)
                .put("x", 0)
                .put("y", 0)
                .set("origin", JSON.createObjectNode().put(ELEMENT, find(css)));
        command("POST", "actions", body);
    }

    /** Presses and releases the Tab key, as a user moving the keyboard focus on. */
    void pressTab() {
        pressKey("\uE004");
    }

    /** The WebDriver key values of Enter and the right arrow key, for {@link #pressKey}. */
    static final String ENTER = "\uE007";

    static final String ARROW_RIGHT = "\uE014";

    /** Presses and releases one key ({@code "a"}, or a WebDriver key value such as {@link #ENTER}) where the focus is. */
    void pressKey(String key) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode keyboard =
                body.putArray("actions").addObject().put("type", "key").put("id", "keyboard");
        ArrayNode keys = keyboard.putArray("actions");
        keys.addObject().put("type", "keyDown").put("value", key);
        keys.addObject().put("type", "keyUp").put("value", key);
        command("POST", "actions", body);
    }

    /** Types {@code keys} into the element, as a user would. */
    void type(String css, String keys) {
        command(
                "POST",
                "element/" + find(css) + "/value",
                JSON.createObjectNode().put("text", keys));
    }

    /** Sets a field's value at once, as a paste does, and tells the page with an input event. */
    void paste(String css, String value) {
        script(
                "const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                        + " e.dispatchEvent(new Event('input', {bubbles: true}));",
                css,
                value);
    }

    /** Runs {@code js} as a function body in the page; {@code arguments[i]} are the args. */
    JsonNode script(String js, Object... args) {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        ArrayNode array = body.putArray("args");
        for (Object arg : args) {
            array.add(JSON.valueToTree(arg));
        }
        return command("POST", "execute/sync", body);
    }

    /** Polls {@code condition} until it is true; fails after {@code timeout} with {@code state}. */
    void await(String what, Duration timeout, Supplier<Boolean> condition, Supplier<String> state) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; the page shows: " + state.get());
            }
            pause(100);
        }
    }

    /** Ends the session and chromedriver; safe to call more than once. */
    @Override
    public void close() {
        try {
            if (session != null) {
                send("DELETE", base.resolve("session/" + session), null);
            }
        } catch (RuntimeException e) {
            // chromedriver is ended below either way
        } finally {
            session = null;
            driver.destroy();
            try {
                if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                    driver.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                driver.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitDriver() throws IOException {
        long end = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < end) {
            if (!driver.isAlive()) {
                throw new IllegalStateException(
                        "chromedriver exited with " + driver.exitValue() + ": " + Files.readString(log));
            }
            try {
                if (send("GET", base.resolve("status"), null).path("ready").asBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            pause(100);
        }
        throw new IllegalStateException(
                "chromedriver did not start in " + STARTUP.toSeconds() + " s: " + Files.readString(log));
    }

    private void newSession(Path chromium, Path profile) {
        ObjectNode options = JSON.createObjectNode().put("binary", chromium.toString());
        options.putArray("args")
                .add("--headless=new")
                .add("--no-sandbox")
                .add("--disable-gpu")
                .add("--disable-dev-shm-usage")
                .add("--no-first-run")
                .add("--disable-background-networking")
                .add("--disable-component-update")
                .add("--disable-sync")
                .add("--user-data-dir=" + profile);
        ObjectNode body = JSON.createObjectNode();
        ObjectNode capabilities = body.putObject("capabilities").putObject("alwaysMatch");
        capabilities.put("browserName", "chrome").set("goog:chromeOptions", options);
        session = send("POST", base.resolve("session"), body).path("sessionId").asText();
    }

    private JsonNode command(String method, String path, JsonNode body) {
        if (session == null) {
            throw new IllegalStateException("the browser is closed");
        }
        return send(method, base.resolve("session/" + session + "/" + path), body);
    }

    /** One WebDriver command; answers its {@code value}, or throws with the driver's error. */
    private JsonNode send(String method, URI uri, JsonNode body) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8")
                .method(method, publisher)
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("WebDriver " + method + " " + uri.getPath() + " failed ("
                        + response.statusCode() + "): " + value.path("error").asText() + ": "
                        + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "WebDriver " + method + " " + uri.getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

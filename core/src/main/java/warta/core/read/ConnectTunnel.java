package warta.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A CONNECT proxy on the loopback interface, in this process, through which the guarded HTTP
 * client reaches https hosts: it answers {@code CONNECT host:port} by connecting to the address
 * pinned for that {@code host:port} ({@link PinnedRoutes}) and relaying bytes both ways. The TLS
 * session runs through it untouched, between the client and the host.
 *
 * <p>It never resolves a name and refuses ({@code 403}) a {@code host:port} with no pin, so it
 * cannot be used to reach anything the fetcher did not check, even by another local process. A
 * failed connection is answered {@code 502} and its cause kept on the pin for the message.
 *
 * <p>Opened on first use (a server socket on an ephemeral loopback port and virtual threads, one
 * accepting and two per tunnel); {@link #close()} stops it. Thread-safe.
 */
final class ConnectTunnel implements AutoCloseable {

    private static final int MAX_HEAD = 8192;

    private final Function<String, Optional<PinnedRoutes.Pin>> pins;
    private final int timeoutMillis;
    private ServerSocket server;
    private boolean closed;

    ConnectTunnel(Function<String, Optional<PinnedRoutes.Pin>> pins, Duration timeout) {
        this.pins = pins;
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    /** The address to name as the proxy; opens the tunnel on first use. */
    synchronized InetSocketAddress address() {
        if (closed) {
            throw new IllegalStateException("the tunnel is closed");
        }
        if (server == null) {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the loopback tunnel", e);
            }
            ServerSocket listening = server;
            Thread.ofVirtual().name("warta-connect-tunnel").start(() -> accept(listening));
        }
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            closeQuietly(server);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Thread.ofVirtual().name("warta-connect-tunnel-relay").start(() -> serve(client));
            } catch (IOException e) {
                pauseUnlessClosed(listening); // closed, or a failed accept such as too many open files
            }
        }
    }

    private static void pauseUnlessClosed(ServerSocket listening) {
        if (!listening.isClosed()) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(listening);
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(timeoutMillis);
            String target = connectTarget(client.getInputStream());
            Optional<PinnedRoutes.Pin> pin = target == null ? Optional.empty() : pins.apply(target);
            if (pin.isEmpty()) {
                answer(client, "403 Forbidden");
                return;
            }
            try (Socket upstream = connect(pin.get(), target)) {
                if (upstream == null) {
                    answer(client, "502 Bad Gateway");
                    return;
                }
                answer(client, "200 Connection Established");
                client.setSoTimeout(0);
                relay(client, upstream);
            }
        } catch (IOException e) {
            // the client went away; nothing to tell
        }
    }

    /** The connected socket, or null when connecting failed (the pin then holds why). */
    private Socket connect(PinnedRoutes.Pin pin, String target) {
        int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(pin.address(), port), timeoutMillis);
            return upstream;
        } catch (IOException e) {
            pin.failed(e);
            closeQuietly(upstream);
            return null;
        }
    }

    /** {@code host:port} in lower case from a {@code CONNECT} request head, or null for anything else. */
    private static String connectTarget(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String[] line =
                head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].split(" ");
        boolean valid = matched == 4 && line.length == 3 && line[0].equals("CONNECT") && line[1].matches(".+:\\d{1,5}");
        return valid ? line[1].toLowerCase(Locale.ROOT) : null;
    }

    private static void answer(Socket client, String status) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 " + status + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Copies both ways until either side ends; closing one socket ends the other copy. */
    private static void relay(Socket client, Socket upstream) {
        Thread.ofVirtual().name("warta-connect-tunnel-relay").start(() -> copy(client, upstream));
        copy(upstream, client);
        closeQuietly(client);
        closeQuietly(upstream);
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed or broken; nothing more to do
        }
    }
}

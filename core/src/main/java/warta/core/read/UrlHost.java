package warta.core.read;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import warta.core.error.InputException;

/**
 * The host of an http or https URL, read once, and the URL to request for it.
 *
 * <p>An IPv4 address in any notation browsers accept ({@link Ipv4Literal}) is read here and
 * written in its plain form in {@link #target()}, so {@code http://127.1/} is requested (or
 * refused) as {@code http://127.0.0.1/} instead of being taken for a URL without a host, as
 * {@link URI} does. A host that ends in a number but is no IPv4 address, and a host name that is
 * not valid (after IDN to ASCII), are refused with a message that names them. The fragment is
 * dropped: it is never sent.
 *
 * @param target the URL to request: the host in plain form, no fragment
 * @param written the host as the URL wrote it, without brackets
 * @param literal the address when the host is an IP address, empty for a name
 * @param notation for an IPv4 address not written plainly, how it was written; otherwise null
 */
record UrlHost(URI target, String written, Optional<InetAddress> literal, String notation) {

    /** Reads the host of {@code url}, an http or https URL. */
    static UrlHost of(URI url) {
        String authority = url.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new InputException(url + " has no host");
        }
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        String host = url.getHost() != null ? url.getHost() : hostOf(hostPort);
        int port = url.getHost() != null ? url.getPort() : portOf(hostPort, url);
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            String inner = host.substring(1, host.length() - 1);
            InetAddress address = ipv6(inner);
            String notation = address instanceof Inet4Address ? "an IPv4-mapped address" : null;
            return make(url, userInfo, host, port, inner, Optional.of(address), notation);
        }
        Optional<Ipv4Literal> v4 = ipv4(host, url);
        if (v4.isPresent()) {
            String plain = v4.get().plain();
            return make(
                    url,
                    userInfo,
                    plain,
                    port,
                    host,
                    Optional.of(v4Address(v4.get())),
                    v4.get().notation());
        }
        return make(url, userInfo, asciiName(host, url), port, host, Optional.empty(), null);
    }

    /**
     * Names {@code address}, one of this host's, with why it is refused: as written for a literal
     * ({@code 127.1, a shortened IPv4 address for 127.0.0.1; loopback 127.0.0.0/8}), as resolved
     * for a name.
     */
    String describe(InetAddress address, PrivateAddresses.Refusal refusal) {
        if (literal.isEmpty()) {
            return refusal.describe(address.getHostAddress());
        }
        return refusal.describe(
                notation == null ? written : written + ", " + notation + " for " + address.getHostAddress());
    }

    /** Host and port as the HTTP client names them: {@code example.com:443}, lower case. */
    String hostPort() {
        return key(target);
    }

    /** The {@code host:port} of a URL as {@link #hostPort()} writes it. */
    static String key(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static UrlHost make(
            URI url,
            String userInfo,
            String uriHost,
            int port,
            String written,
            Optional<InetAddress> literal,
            String notation) {
        StringBuilder target = new StringBuilder(url.getScheme())
                .append("://")
                .append(userInfo)
                .append(uriHost);
        if (port != -1) {
            target.append(':').append(port);
        }
        target.append(url.getRawPath() == null ? "" : url.getRawPath());
        if (url.getRawQuery() != null) {
            target.append('?').append(url.getRawQuery());
        }
        return new UrlHost(URI.create(target.toString()), written, literal, notation);
    }

    private static String hostOf(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 || hostPort.endsWith("]") ? hostPort : hostPort.substring(0, colon);
    }

    private static int portOf(String hostPort, URI url) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.endsWith("]") || colon == hostPort.length() - 1) {
            return -1;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputException(url + " has an invalid port: " + hostPort.substring(colon + 1));
    }

    private static Optional<Ipv4Literal> ipv4(String host, URI url) {
        try {
            return Ipv4Literal.parse(host);
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    url + " has a host that is not a valid IPv4 address: " + host + " (" + e.getMessage() + ")");
        }
    }

    private static InetAddress v4Address(Ipv4Literal v4) {
        try {
            return InetAddress.getByAddress(v4.address());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    private static InetAddress ipv6(String literal) {
        try {
            return InetAddress.getByName("[" + literal + "]");
        } catch (UnknownHostException e) {
            throw new InputException("not a valid IPv6 address: " + literal, e);
        }
    }

    private static String asciiName(String host, URI url) {
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            if (!ascii.isEmpty() && URI.create("http://" + ascii + "/").getHost() != null) {
                return ascii;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InputException(url + " has a host name that is not valid: " + host);
    }
}

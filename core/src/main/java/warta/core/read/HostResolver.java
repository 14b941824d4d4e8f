package warta.core.read;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into its addresses. The guarded fetcher asks it once per request, checks every
 * address it gives and connects to one of those; the HTTP client never resolves the name itself,
 * so an answer that changes in between (DNS rebinding) cannot lead it elsewhere.
 */
@FunctionalInterface
interface HostResolver {

    /**
     * The addresses of {@code host}, an ASCII host name (never an address literal), in the order
     * to try them; never empty.
     *
     * @throws UnknownHostException when the name has no address
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver ({@link InetAddress#getAllByName}), IPv4 first unless the JVM is told otherwise. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}

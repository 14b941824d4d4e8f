package warta.core.read;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * Tells the public internet from addresses a server must not be made to fetch for a caller: a
 * request to them could reach the server itself, its private network or a cloud metadata
 * service (server-side request forgery).
 *
 * <p>Non-public IPv4: {@code 0.0.0.0/8} (this network, including the unspecified 0.0.0.0),
 * {@code 10/8}, {@code 100.64/10} (carrier-grade NAT), {@code 127/8} (loopback),
 * {@code 169.254/16} (link-local, with the metadata service at 169.254.169.254),
 * {@code 172.16/12}, {@code 192.0.0/24} (protocol assignments), {@code 192.168/16},
 * {@code 198.18/15} (benchmarking), {@code 224/4} (multicast) and {@code 240/4} (reserved, with
 * the broadcast address). Non-public IPv6: {@code ::} and {@code ::1}, {@code fc00::/7} (unique
 * local), {@code fe80::/10} (link-local), {@code fec0::/10} (old site-local), {@code ff00::/8}
 * (multicast), and an IPv4 address that is non-public when it is embedded in an IPv6 one:
 * IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::a.b.c.d} and 6to4 {@code 2002:aabb:ccdd::}.
 *
 * <p>Works on resolved addresses only, so every notation the resolver accepts for a literal
 * ({@code 2130706433}, {@code 127.1}) is judged by the address it stands for. Stateless.
 */
final class PrivateAddresses {

    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private PrivateAddresses() {}

    /** Whether {@code address} is anything but a public unicast address. */
    static boolean isPrivate(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPrivateV4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPrivateV6(bytes);
        }
        return true;
    }

    private static boolean isPrivateV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0
                || first == 10
                || first == 127
                || first >= 224
                || first == 100 && (second & 0xc0) == 64
                || first == 169 && second == 254
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168
                || first == 192 && second == 0 && (b[2] & 0xff) == 0
                || first == 198 && (second & 0xfe) == 18;
    }

    private static boolean isPrivateV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff || (first & 0xfe) == 0xfc || first == 0xfe && (second & 0x80) == 0x80) {
            return true; // multicast, unique local, link-local and site-local
        }
        byte[] embedded = embeddedV4(b);
        return embedded != null && isPrivateV4(embedded);
    }

    /**
     * The IPv4 address an IPv6 address carries, or null. {@code ::} and {@code ::1} count as the
     * IPv4-compatible 0.0.0.0 and 0.0.0.1, both in 0/8, so they come out non-public too.
     */
    private static byte[] embeddedV4(byte[] b) {
        boolean zeroTen = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
        boolean mapped = zeroTen && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean compatible = zeroTen && b[10] == 0 && b[11] == 0;
        if (mapped || compatible || Arrays.equals(b, 0, 12, NAT64_PREFIX, 0, 12)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6); // 6to4
        }
        return null;
    }
}

package warta.core.read;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells the public internet from addresses a server must not be made to fetch for a caller: a
 * request to them could reach the server itself, its private network or a cloud metadata
 * service (server-side request forgery).
 *
 * <p>Non-public IPv4: {@code 0/8}, {@code 10/8}, {@code 100.64/10}, {@code 127/8},
 * {@code 169.254/16}, {@code 172.16/12}, {@code 192.0.0/24}, {@code 192.0.2/24},
 * {@code 192.88.99/24}, {@code 192.168/16}, {@code 198.18/15}, {@code 198.51.100/24},
 * {@code 203.0.113/24}, {@code 224/4} and {@code 240/4} with {@code 255.255.255.255}.
 *
 * <p>IPv6 is judged by an allow-list: only global unicast {@code 2000::/3} is public, less
 * {@code 2001::/23} (IETF protocol assignments), {@code 2001:db8::/32} and {@code 3fff::/20}
 * (documentation). An IPv6 address that carries an IPv4 address is judged by that address:
 * IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-translated {@code ::ffff:0:a.b.c.d}, IPv4-compatible
 * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4 {@code 2002:aabb:ccdd::} and Teredo
 * {@code 2001:0:ssss:ssss::cccc:cccc} (both the server and the client address, the client's
 * inverted). The local-use NAT64 prefix {@code 64:ff9b:1::/48}, whose IPv4 position depends on
 * the local prefix length, is refused whole. Everything else outside {@code 2000::/3} ({@code ::},
 * {@code ::1}, {@code 100::/64}, {@code fc00::/7}, {@code fe80::/10}, {@code fec0::/10},
 * {@code ff00::/8} ...) is refused with its name.
 *
 * <p>Works on addresses only; notations are read by {@link Ipv4Literal} and {@link UrlHost}.
 * Stateless and thread-safe.
 */
final class PrivateAddresses {

    /** Why an address is refused: {@code via} names the IPv6 form that carried an IPv4 address (or is null). */
    record Refusal(String via, String kind) {

        /**
         * {@code 127.0.0.1; loopback 127.0.0.0/8}, or with the carrier
         * {@code ::ffff:0:7f00:1, an IPv4-translated address for 127.0.0.1; loopback 127.0.0.0/8}.
         */
        String describe(String address) {
            return (via == null ? address : address + ", " + via) + "; " + kind;
        }
    }

    private record Block(byte[] prefix, int bits, String kind) {

        static Block of(String cidr, String kind) {
            int slash = cidr.indexOf('/');
            byte[] prefix = literal(cidr.substring(0, slash));
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), kind + " " + cidr);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return Arrays.equals(address, 0, whole, prefix, 0, whole)
                    && (rest == 0 || (address[whole] & mask) == (prefix[whole] & mask));
        }
    }

    private static final List<Block> V4 = List.of(
            Block.of("0.0.0.0/8", "this network"),
            Block.of("10.0.0.0/8", "private network"),
            Block.of("100.64.0.0/10", "carrier-grade NAT"),
            Block.of("127.0.0.0/8", "loopback"),
            new Block(literal("169.254.169.254"), 32, "the cloud metadata service, link-local 169.254.0.0/16"),
            Block.of("169.254.0.0/16", "link-local"),
            Block.of("172.16.0.0/12", "private network"),
            Block.of("192.0.0.0/24", "IETF protocol assignments"),
            Block.of("192.0.2.0/24", "documentation"),
            Block.of("192.88.99.0/24", "deprecated 6to4 relay anycast"),
            Block.of("192.168.0.0/16", "private network"),
            Block.of("198.18.0.0/15", "benchmarking"),
            Block.of("198.51.100.0/24", "documentation"),
            Block.of("203.0.113.0/24", "documentation"),
            Block.of("224.0.0.0/4", "multicast"),
            Block.of("255.255.255.255/32", "broadcast"),
            Block.of("240.0.0.0/4", "reserved"));

    private static final List<Block> V6 = List.of(
            Block.of("::/128", "unspecified"),
            Block.of("::1/128", "loopback"),
            Block.of("64:ff9b:1::/48", "local-use NAT64"),
            Block.of("100::/64", "discard-only"),
            Block.of("fc00::/7", "unique local"),
            Block.of("fe80::/10", "link-local"),
            Block.of("fec0::/10", "deprecated site-local"),
            Block.of("ff00::/8", "multicast"),
            Block.of("2001:db8::/32", "documentation"),
            Block.of("3fff::/20", "documentation"));

    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "");
    private static final Block IETF_PROTOCOL = Block.of("2001::/23", "IETF protocol assignments");

    private PrivateAddresses() {}

    /** Whether {@code address} is anything but a public unicast address. */
    static boolean isPrivate(InetAddress address) {
        return refusal(address).isPresent();
    }

    /** Why {@code address} is not public, or empty when it is. */
    static Optional<Refusal> refusal(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? v4(bytes) : v6(bytes);
    }

    private static Optional<Refusal> v4(byte[] bytes) {
        return find(V4, bytes).map(kind -> new Refusal(null, kind));
    }

    private static Optional<Refusal> v6(byte[] b) {
        Optional<String> special = find(V6, b);
        if (special.isPresent()) {
            return special.map(kind -> new Refusal(null, kind));
        }
        List<EmbeddedIpv4> embedded = EmbeddedIpv4.in(b);
        if (!embedded.isEmpty()) {
            return embedded.stream()
                    .flatMap(carried ->
                            find(V4, carried.address()).map(kind -> new Refusal(carried.via(), kind)).stream())
                    .findFirst();
        }
        if (!GLOBAL_UNICAST.contains(b)) {
            return Optional.of(new Refusal(null, "reserved, outside global unicast 2000::/3"));
        }
        return find(List.of(IETF_PROTOCOL), b).map(kind -> new Refusal(null, kind));
    }

    /** The bytes of an address literal; never asks DNS, since only literals are passed. */
    private static byte[] literal(String text) {
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + text, e);
        }
    }

    private static Optional<String> find(List<Block> blocks, byte[] address) {
        return blocks.stream()
                .filter(block -> block.contains(address))
                .map(Block::kind)
                .findFirst();
    }
}

package warta.core.read;

import java.util.Arrays;
import java.util.List;

/**
 * An IPv4 address carried inside an IPv6 one, and the form that carries it: the address a packet
 * to the IPv6 address ends up at, so it is judged by {@link PrivateAddresses} like the IPv4
 * address itself.
 *
 * @param via the carrying form and the IPv4 address, for messages: {@code an IPv4-mapped address for 127.0.0.1}
 * @param address the four bytes of the IPv4 address
 */
record EmbeddedIpv4(String via, byte[] address) {

    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] ZEROS = new byte[12];

    /**
     * The IPv4 addresses {@code v6} carries: none when it is not one of the forms that carry one;
     * two for Teredo ({@code 2001:0::/32}: the server in bits 32-63, the client, inverted, in
     * the last 32 bits).
     */
    static List<EmbeddedIpv4> in(byte[] v6) {
        if (Arrays.equals(v6, 0, 10, ZEROS, 0, 10) && (v6[10] & v6[11] & 0xff) == 0xff) {
            return List.of(last32("an IPv4-mapped address for ", v6));
        }
        if (Arrays.equals(v6, 0, 8, ZEROS, 0, 8) && (v6[8] & v6[9] & 0xff) == 0xff && v6[10] == 0 && v6[11] == 0) {
            return List.of(last32("an IPv4-translated address for ", v6));
        }
        if (Arrays.equals(v6, 0, 12, ZEROS, 0, 12)) {
            return List.of(last32("an IPv4-compatible address for ", v6));
        }
        if (Arrays.equals(v6, 0, 12, NAT64, 0, 12)) {
            return List.of(last32("a NAT64 address for ", v6));
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return List.of(of("a 6to4 address for ", Arrays.copyOfRange(v6, 2, 6)));
        }
        if (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0 && v6[3] == 0) {
            byte[] client = Arrays.copyOfRange(v6, 12, 16);
            for (int i = 0; i < client.length; i++) {
                client[i] = (byte) ~client[i];
            }
            return List.of(
                    of("a Teredo address with server ", Arrays.copyOfRange(v6, 4, 8)),
                    of("a Teredo address with client ", client));
        }
        return List.of();
    }

    private static EmbeddedIpv4 last32(String form, byte[] v6) {
        return of(form, Arrays.copyOfRange(v6, 12, 16));
    }

    private static EmbeddedIpv4 of(String form, byte[] v4) {
        return new EmbeddedIpv4(form + Ipv4Literal.format(v4), v4);
    }
}

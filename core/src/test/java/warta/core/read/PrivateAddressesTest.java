package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.255.254",
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.5",
                "10.255.255.255",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "169.254.0.1",
                "100.64.0.1",
                "100.127.255.255",
                "192.0.0.8",
                "198.18.0.1",
                "198.19.255.255",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.5",
                "::ffff:169.254.169.254",
                "::127.0.0.1",
                "::10.0.0.5",
                "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::1",
                "2002:a00:5::",
                "2130706433",
                "127.1",
                "10.1",
                "0"
            })
    void should_refuse_non_public_addresses_in_any_notation(String literal) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.1", "172.15.255.255",
                "172.32.0.1", "169.253.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.1", "223.255.255.255",
                "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::"
            })
    void should_allow_public_addresses(String literal) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
    }

    @Test
    void should_see_through_an_ipv4_mapped_address_kept_as_ipv6() throws UnknownHostException {
        byte[] mapped = {
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169, (byte) 254
        };

        assertThat(PrivateAddresses.isPrivate(Inet6Address.getByAddress(null, mapped, -1)))
                .isTrue();
    }
}

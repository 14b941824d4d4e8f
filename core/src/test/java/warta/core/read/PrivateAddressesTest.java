package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                "0",
                "192.0.2.1",
                "198.51.100.7",
                "203.0.113.9",
                "192.88.99.1",
                "::ffff:0:127.0.0.1",
                "::ffff:0:a9fe:a9fe",
                "::ffff:0:10.0.0.5",
                "64:ff9b::127.0.0.1",
                "64:ff9b::192.168.0.1",
                "64:ff9b:1::a00:5",
                "64:ff9b:1::808:808",
                "2002:c0a8:101::1",
                "2002:a9fe:a9fe::",
                "2001:0:4136:e378:8000:63bf:80ff:fffe",
                "2001:0:a00:1:8000:63bf:f7f7:f7f7",
                "2001:db8::1",
                "3fff::1",
                "100::1",
                "2001:2::1",
                "2001:10::1",
                "4000::1",
                "5f00::1",
                "::1:0:0:1"
            })
    void should_refuse_non_public_addresses_in_any_notation(String literal) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "93.184.216.34",
                "100.63.255.255",
                "100.128.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "169.253.255.255",
                "192.169.0.1",
                "198.17.255.255",
                "198.20.0.1",
                "223.255.255.255",
                "2606:4700:4700::1111",
                "2001:4860:4860::8888",
                "::ffff:8.8.8.8",
                "64:ff9b::808:808",
                "2002:808:808::",
                "192.0.3.1",
                "198.51.101.1",
                "203.0.114.1",
                "192.88.100.1",
                "::ffff:0:8.8.8.8",
                "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
                "2a00:1450:4001:80b::200e",
                "2001:200::1"
            })
    void should_allow_public_addresses(String literal) throws UnknownHostException {
        assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1|127.0.0.1; loopback 127.0.0.0/8",
                "169.254.169.254|169.254.169.254; the cloud metadata service, link-local 169.254.0.0/16",
                "169.254.1.1|169.254.1.1; link-local 169.254.0.0/16",
                "100.64.0.1|100.64.0.1; carrier-grade NAT 100.64.0.0/10",
                "203.0.113.9|203.0.113.9; documentation 203.0.113.0/24",
                "255.255.255.255|255.255.255.255; broadcast 255.255.255.255/32",
                "::|::; unspecified ::/128",
                "fd00::1|fd00::1; unique local fc00::/7",
                "2001:db8::1|2001:db8::1; documentation 2001:db8::/32",
                "4000::1|4000::1; reserved, outside global unicast 2000::/3",
                "::ffff:0:7f00:1|::ffff:0:7f00:1, an IPv4-translated address for 127.0.0.1; loopback 127.0.0.0/8",
                "::10.0.0.5|::10.0.0.5, an IPv4-compatible address for 10.0.0.5; private network 10.0.0.0/8",
                "64:ff9b::a9fe:a9fe|64:ff9b::a9fe:a9fe, a NAT64 address for 169.254.169.254;"
                        + " the cloud metadata service, link-local 169.254.0.0/16",
                "64:ff9b:1::808:808|64:ff9b:1::808:808; local-use NAT64 64:ff9b:1::/48",
                "2002:c0a8:101::1|2002:c0a8:101::1, a 6to4 address for 192.168.1.1; private network 192.168.0.0/16",
                "2001:0:a00:1:8000:63bf:f7f7:f7f7|2001:0:a00:1:8000:63bf:f7f7:f7f7, a Teredo address with server"
                        + " 10.0.0.1; private network 10.0.0.0/8",
                "2001:0:4136:e378:8000:63bf:80ff:fffe|2001:0:4136:e378:8000:63bf:80ff:fffe, a Teredo address with"
                        + " client 127.0.0.1; loopback 127.0.0.0/8"
            })
    void should_say_why_an_address_is_refused(String literal, String described) throws UnknownHostException {
        assertThat(PrivateAddresses.refusal(InetAddress.getByName(literal)))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.describe(literal)).isEqualTo(described));
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

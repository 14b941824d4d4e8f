package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4LiteralTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "127.0.0.1|127.0.0.1|-",
                "127.0.0.1.|127.0.0.1|-",
                "8.8.8.8|8.8.8.8|-",
                "127.1|127.0.0.1|a shortened IPv4 address",
                "10.1.2|10.1.0.2|a shortened IPv4 address",
                "2130706433|127.0.0.1|a single-number IPv4 address",
                "0177.0.0.1|127.0.0.1|an octal IPv4 address",
                "127.0.0.01|127.0.0.1|an octal IPv4 address",
                "0x7f.1|127.0.0.1|a shortened hexadecimal IPv4 address",
                "0x7f000001|127.0.0.1|a single-number hexadecimal IPv4 address",
                "0X7F.0.0.0x1|127.0.0.1|a hexadecimal IPv4 address",
                "0xa9.0376.43518|169.254.169.254|a shortened hexadecimal and octal IPv4 address",
                "0|0.0.0.0|a single-number IPv4 address",
                "4294967295|255.255.255.255|a single-number IPv4 address"
            })
    void should_read_an_ipv4_address_as_browsers_do(String host, String plain, String notation) {
        Ipv4Literal literal = Ipv4Literal.parse(host).orElseThrow();

        assertThat(literal.plain()).isEqualTo(plain);
        assertThat(literal.notation()).isEqualTo(notation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost", "1.2.3.example", "berita-1", "0x7f.example", "a1"})
    void should_leave_host_names_alone(String host) {
        assertThat(Ipv4Literal.parse(host)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.2.3.256|256 is too large",
                "256.1|256 is too large",
                "1.2.3.4.5|more than four numbers",
                "4294967296|4294967296 is too large",
                "08.0.0.1|08 is not a number",
                "1..2|an empty number",
                "example.0x10|example is not a number"
            })
    void should_refuse_a_host_that_ends_in_a_number_but_is_no_address(String host, String why) {
        assertThatThrownBy(() -> Ipv4Literal.parse(host))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(why);
    }
}

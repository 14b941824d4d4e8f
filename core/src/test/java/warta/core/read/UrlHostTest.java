package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import warta.core.error.InputException;

class UrlHostTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.1/berita?id=1#atas|http://127.0.0.1/berita?id=1|127.0.0.1:80",
                "https://0x7f.1:8443/a%20b|https://127.0.0.1:8443/a%20b|127.0.0.1:8443",
                "http://tamu@2130706433:8080|http://tamu@127.0.0.1:8080|127.0.0.1:8080",
                "https://Kabar.Example/berita|https://Kabar.Example/berita|kabar.example:443",
                "http://b\u00fccher.example/x|http://xn--bcher-kva.example/x|xn--bcher-kva.example:80",
                "http://[::ffff:0:7f00:1]:81/|http://[::ffff:0:7f00:1]:81/|[::ffff:0:7f00:1]:81"
            })
    void should_request_the_host_in_its_plain_form_without_the_fragment(String url, String target, String hostPort) {
        UrlHost host = UrlHost.of(URI.create(url));

        assertThat(host.target()).hasToString(target);
        assertThat(host.hostPort()).isEqualTo(hostPort);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.1:http/|http://127.1:http/ has an invalid port: http",
                "http://0x7g.1/|http://0x7g.1/ has a host that is not a valid IPv4 address: 0x7g.1 (0x7g is not a"
                        + " number)",
                "http://kabar_baru.example/|http://kabar_baru.example/ has a host name that is not valid:"
                        + " kabar_baru.example",
                "http://10.0.0.0.1/|http://10.0.0.0.1/ has a host that is not a valid IPv4 address: 10.0.0.0.1"
                        + " (more than four numbers)"
            })
    void should_name_what_is_wrong_with_a_host(String url, String message) {
        assertThatThrownBy(() -> UrlHost.of(URI.create(url)))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }
}

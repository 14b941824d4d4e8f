package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void should_have_documented_defaults() {
        ReadOptions options = ReadOptions.defaults();

        assertThat(options.maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.userAgent()).isEqualTo("Warta/0.1 (+https://github.com/warta)");
        assertThat(options.privateAddressesAllowed()).isTrue();
    }

    @Test
    void should_keep_the_other_options_when_private_addresses_are_refused() {
        ReadOptions options = ReadOptions.defaults().withMaxBytes(10).withPrivateAddressesAllowed(false);

        assertThat(options.privateAddressesAllowed()).isFalse();
        assertThat(options.maxBytes()).isEqualTo(10);
        assertThat(options.withTimeout(Duration.ofSeconds(1)).privateAddressesAllowed())
                .isFalse();
        assertThat(new ReadOptions(10, Duration.ofSeconds(1), "ua").privateAddressesAllowed())
                .isTrue();
    }

    @Test
    void should_change_only_max_bytes() {
        ReadOptions options = ReadOptions.defaults().withMaxBytes(10);

        assertThat(options.maxBytes()).isEqualTo(10);
        assertThat(options.timeout()).isEqualTo(ReadOptions.DEFAULT_TIMEOUT);
    }

    @Test
    void should_name_the_bad_argument() {
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxBytes(0)).hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> ReadOptions.defaults().withTimeout(Duration.ZERO))
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> ReadOptions.defaults().withUserAgent(" ")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> ReadOptions.defaults().withTimeout(null)).hasMessageContaining("timeout");
    }
}

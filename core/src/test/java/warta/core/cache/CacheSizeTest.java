package warta.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CacheSizeTest {

    @Test
    void should_read_bytes_and_binary_units() {
        assertThat(CacheSize.parse("500000")).isEqualTo(500_000);
        assertThat(CacheSize.parse("64k")).isEqualTo(64L * 1024);
        assertThat(CacheSize.parse("256M")).isEqualTo(256L * 1024 * 1024);
        assertThat(CacheSize.parse("256MiB")).isEqualTo(256L * 1024 * 1024);
        assertThat(CacheSize.parse(" 2 GB ")).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void should_refuse_a_size_too_large_for_a_long_rather_than_wrap_around() {
        assertThatThrownBy(() -> CacheSize.parse("17179869185G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most");
        assertThat(CacheSize.parse("8589934591G")).isEqualTo(8589934591L << 30);
    }

    @Test
    void should_refuse_what_is_not_a_size() {
        for (String bad : new String[] {"", "0", "-1", "1T", "besar", "1.5G"}) {
            assertThatThrownBy(() -> CacheSize.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

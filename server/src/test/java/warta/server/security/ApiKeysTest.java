package warta.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void should_match_every_listed_key_and_nothing_else() {
        ApiKeys keys = ApiKeys.parse(" alpha-key-1 , beta-key-2,", "test");

        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.matches("alpha-key-1")).isTrue();
        assertThat(keys.matches("beta-key-2")).isTrue();
        assertThat(keys.matches("alpha-key-")).isFalse();
        assertThat(keys.matches("alpha-key-1 ")).isFalse();
        assertThat(keys.matches("")).isFalse();
        assertThat(keys.matches(null)).isFalse();
    }

    @Test
    void should_refuse_a_list_without_keys_rather_than_leave_the_api_open() {
        assertThatThrownBy(() -> ApiKeys.parse(" , ,", "warta.server-api-keys"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warta.server-api-keys is set but holds no API key");
    }

    @Test
    void should_never_show_a_key() {
        assertThat(ApiKeys.parse("s3cret-key", "test")).hasToString("ApiKeys[1 keys]");
        assertThat(ApiKeys.none().required()).isFalse();
        assertThat(ApiKeys.none().matches("anything")).isFalse();
    }

    @Test
    void should_read_bearer_tokens_only() {
        assertThat(ApiKeyFilter.bearerToken("Bearer abc")).isEqualTo("abc");
        assertThat(ApiKeyFilter.bearerToken("bearer  abc ")).isEqualTo("abc");
        assertThat(ApiKeyFilter.bearerToken("Basic abc")).isNull();
        assertThat(ApiKeyFilter.bearerToken("Bearer ")).isNull();
        assertThat(ApiKeyFilter.bearerToken(null)).isNull();
    }

    @Test
    void should_protect_every_spelling_of_the_v1_paths() {
        assertThat(ApiKeyFilter.isProtected("/v1/inspect")).isTrue();
        assertThat(ApiKeyFilter.isProtected("/v1")).isTrue();
        assertThat(ApiKeyFilter.isProtected("/V1/inspect")).isTrue();
        assertThat(ApiKeyFilter.isProtected("//v1/inspect")).isTrue();
        assertThat(ApiKeyFilter.isProtected("/v1;x=1/inspect")).isTrue();
        assertThat(ApiKeyFilter.isProtected("/v1%2Finspect")).isTrue();
        assertThat(ApiKeyFilter.isProtected("/")).isFalse();
        assertThat(ApiKeyFilter.isProtected("/q/health/ready")).isFalse();
        assertThat(ApiKeyFilter.isProtected("/v10/inspect")).isFalse();
    }
}

package warta.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ModelExceptionTest {

    @Test
    void should_be_retriable_exactly_when_its_kind_is() {
        assertThat(new ModelException(ModelException.Kind.RATE_LIMITED, "HTTP 429").retriable())
                .isTrue();
        assertThat(new ModelException(ModelException.Kind.SERVER_ERROR, "HTTP 503").retriable())
                .isTrue();
        assertThat(new ModelException(ModelException.Kind.AUTHENTICATION, "HTTP 401").retriable())
                .isFalse();
        assertThat(new ModelException(ModelException.Kind.CONTEXT_LENGTH, "too long").retriable())
                .isFalse();
    }

    @Test
    void should_call_only_the_providers_passing_states_temporary() {
        assertThat(EnumSet.allOf(ModelException.Kind.class).stream().filter(ModelException.Kind::temporary))
                .containsExactlyInAnyOrder(
                        ModelException.Kind.RATE_LIMITED,
                        ModelException.Kind.SERVER_ERROR,
                        ModelException.Kind.TIMEOUT,
                        ModelException.Kind.UNREACHABLE);
    }

    @Test
    void should_keep_the_wait_the_provider_asked_for() {
        ModelException limited =
                new ModelException(ModelException.Kind.RATE_LIMITED, "HTTP 429", null, Duration.ofSeconds(7));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(new ModelException(ModelException.Kind.TIMEOUT, "slow").retryAfter())
                .isEmpty();
    }

    @Test
    void should_all_be_warta_exceptions_so_front_ends_catch_one_root() {
        assertThat(new TooLargeException("too large"))
                .isInstanceOf(InputException.class)
                .isInstanceOf(WartaException.class);
        assertThat(new OutputException("cannot write", null)).isInstanceOf(WartaException.class);
        assertThat(new SettingException("--retries=-1 must be 0 or more", true).fromFlag())
                .isTrue();
    }
}

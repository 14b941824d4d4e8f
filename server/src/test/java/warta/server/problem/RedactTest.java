package warta.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {

    @Test
    void should_cut_the_api_key_out_of_a_detail() {
        String detail = ProblemMapper.redact("the provider refused key sk-test-123 (HTTP 401)", "sk-test-123");

        assertThat(detail).isEqualTo("the provider refused key *** (HTTP 401)");
    }

    @Test
    void should_leave_a_detail_alone_when_there_is_no_key() {
        assertThat(ProblemMapper.redact("HTTP 401", null)).isEqualTo("HTTP 401");
        assertThat(ProblemMapper.redact("HTTP 401", " ")).isEqualTo("HTTP 401");
    }
}

package warta.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

/** The chunk budget for a server that counts more tokens than o200k_base. */
class ArticleProcessorBudgetTest {

    private static ModelConfig config(int context) {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl("http://127.0.0.1:8080/v1")
                .contextTokens(context)
                .build();
    }

    @Test
    void should_divide_the_context_left_after_the_answer_and_the_prompt_by_the_servers_token_ratio() {
        // (4096 - 2048 - the prompt reserve of 800) / 1.65 = 756 o200k tokens
        assertThat(ArticleProcessor.chunkBudget(config(4096), 5000, 1.65)).isEqualTo(756);
        assertThat(ArticleProcessor.chunkBudget(config(4096), 5000, 1)).isEqualTo(2048 - 800);
    }

    @Test
    void should_keep_the_answers_bound_when_the_context_is_large() {
        assertThat(ArticleProcessor.chunkBudget(config(8192), 5000, 1.65)).isEqualTo((int) (2048 / 1.3));
    }
}

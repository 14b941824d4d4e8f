package warta.core.eval;

import java.util.Set;
import warta.core.process.Task;
import warta.core.result.ArticleResult;

/**
 * How an evaluation runs one item: through an engine's normal pipeline (the path of
 * {@code warta process}, response cache included). {@code warta.core.Warta#evaluator} makes one.
 */
@FunctionalInterface
public interface Pipeline {

    /**
     * The result of the item's article for {@code tasks}, and how many sentences its cleaned text
     * has.
     *
     * @throws warta.core.error.WartaException as processing an article does
     */
    Run run(EvalCase item, Set<Task> tasks);

    /**
     * @param result the article's result
     * @param sentences the sentences of the cleaned source text
     */
    record Run(ArticleResult result, int sentences) {}
}

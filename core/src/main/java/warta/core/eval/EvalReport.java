package warta.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * What one model scored on one reference set. Immutable. Scores a set gives no data for (no
 * reference translations, no reference summaries) are null. A model whose run could not be
 * finished (its provider could not be used at all) has a {@link #failure()} and no scores: see
 * {@link #failed}.
 *
 * @param label the name the model goes by in a side-by-side table
 * @param provider the provider that answered (from the results' usage; "" when no item succeeded)
 * @param model the model that answered (likewise)
 * @param items the items of the set
 * @param failed items that could not be processed (they count as empty output in the scores)
 * @param chrFPlusPlus corpus chrF++ of the translations (sacreBLEU's defaults), 0 to 100
 * @param chrF corpus chrF, 0 to 100
 * @param bleu corpus BLEU with 13a tokens, 0 to 100
 * @param rouge1 mean ROUGE-1 F1 of the summaries, 0 to 1
 * @param rouge2 mean ROUGE-2 F1
 * @param rougeL mean ROUGE-L F1
 * @param summariesWithFindings share of summaries with a finding of their own (a statement
 *     without support or valid citations, or no summary at all), 0 to 1
 * @param citationsPerKeyPoint source sentences cited per key point, on average
 * @param findingsPer100Sentences every check's findings per 100 source sentences
 * @param sentences source sentences, after cleaning, of the items processed
 * @param requests model requests sent
 * @param cacheHits requests answered from the response cache instead
 * @param inputTokens tokens sent to the model
 * @param outputTokens tokens the model wrote
 * @param secondsPerArticle wall time per item, on average
 * @param errors the first few failures, "id: message"
 * @param failure why the run of this model stopped, on one line; null when it finished
 */
public record EvalReport(
        String label,
        String provider,
        String model,
        int items,
        int failed,
        Double chrFPlusPlus,
        Double chrF,
        Double bleu,
        Double rouge1,
        Double rouge2,
        Double rougeL,
        Double summariesWithFindings,
        Double citationsPerKeyPoint,
        double findingsPer100Sentences,
        long sentences,
        long requests,
        long cacheHits,
        long inputTokens,
        long outputTokens,
        double secondsPerArticle,
        List<String> errors,
        String failure) {

    public EvalReport {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        errors = List.copyOf(errors);
        if (failure != null) {
            failure = firstLine(failure);
        }
    }

    /**
     * The report of a model that could not be run over the set: every item failed, no scores, and
     * {@code reason} (its first line) as the failure.
     */
    public static EvalReport failed(String label, int items, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new EvalReport(
                label, "", "", items, items, null, null, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0,
                List.of(), reason);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "failed" : line;
    }
}

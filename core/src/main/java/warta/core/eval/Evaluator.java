package warta.core.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import warta.core.check.Checks;
import warta.core.error.ModelException;
import warta.core.error.WartaException;
import warta.core.process.Task;
import warta.core.result.ArticleResult;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

/**
 * Runs one model over a reference set, item by item, through its engine's normal pipeline, and
 * scores the output: corpus chrF++, chrF and BLEU of the translations against the reference
 * translations, mean ROUGE-1/2/L F1 of the summaries against the reference summaries, and what the
 * run cost. An item is asked for a translation when it has a reference translation and for a
 * summary when it has a reference summary. An item that fails counts as empty output; a provider
 * that cannot be used at all ({@link ModelException} that is not retriable, or an unreachable
 * server) stops the run: {@link #run} throws it, and the caller reports the model as failed
 * ({@link EvalReport#failed}) and goes on with the next. A translation's hypothesis is its title and paragraphs joined by spaces, one
 * segment per item. Not thread-safe: one run at a time.
 */
public final class Evaluator {

    private static final int ERRORS_KEPT = 5;

    private final String label;
    private final Pipeline pipeline;

    /**
     * @param label the name the model goes by in reports
     * @param pipeline how an item is processed ({@code warta.core.Warta#evaluator} makes this)
     */
    public Evaluator(String label, Pipeline pipeline) {
        this.label = Objects.requireNonNull(label, "label");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** Runs every item of {@code set} and scores the outputs. */
    public EvalReport run(EvalSet set, EvalListener listener) {
        Tally tally = new Tally();
        int done = 0;
        for (EvalCase item : set.cases()) {
            long start = System.nanoTime();
            Pipeline.Run run = runOne(item, tally);
            tally.nanos += System.nanoTime() - start;
            tally.add(item, run);
            listener.itemDone(label, ++done, set.cases().size());
        }
        return tally.report(label, set.cases().size());
    }

    private Pipeline.Run runOne(EvalCase item, Tally tally) {
        Set<Task> tasks = EnumSet.noneOf(Task.class);
        if (item.translation() != null) {
            tasks.add(Task.TRANSLATE);
        }
        if (item.summary() != null) {
            tasks.add(Task.SUMMARIZE);
        }
        try {
            return pipeline.run(item, tasks);
        } catch (ModelException e) {
            if (!e.retriable() || e.kind() == ModelException.Kind.UNREACHABLE) {
                throw e;
            }
            tally.fail(item, e);
        } catch (WartaException e) {
            tally.fail(item, e);
        }
        return null;
    }

    /** What the items so far add up to. */
    private static final class Tally {
        final List<String> hypotheses = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<Double> rouge1 = new ArrayList<>();
        final List<Double> rouge2 = new ArrayList<>();
        final List<Double> rougeL = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        int failed;
        int summaries;
        int summariesWithFindings;
        int keyPoints;
        int citations;
        long findings;
        long sentences;
        long requests;
        long cacheHits;
        long inputTokens;
        long outputTokens;
        long nanos;
        String provider = "";
        String model = "";

        void fail(EvalCase item, WartaException e) {
            failed++;
            if (errors.size() < ERRORS_KEPT) {
                errors.add(item.id() + ": " + e.getMessage());
            }
        }

        void add(EvalCase item, Pipeline.Run run) {
            ArticleResult result = run == null ? null : run.result();
            if (item.translation() != null) {
                references.add(item.translation());
                hypotheses.add(result == null ? "" : hypothesis(result.translation()));
            }
            if (item.summary() != null) {
                addSummary(item.summary(), result);
            }
            if (result != null) {
                sentences += run.sentences();
                findings += count(result.checks());
                addUsage(result.usage());
            }
        }

        private void addSummary(String reference, ArticleResult result) {
            Summary summary = result == null ? null : result.summary();
            summaries++;
            String text = summary == null ? "" : summary.summary();
            rouge1.add(Rouge.n(reference, text, 1).fmeasure());
            rouge2.add(Rouge.n(reference, text, 2).fmeasure());
            rougeL.add(Rouge.l(reference, text).fmeasure());
            if (summary == null || hasSummaryFinding(result.checks())) {
                summariesWithFindings++;
            }
            if (summary != null) {
                for (Statement point : summary.keyPoints()) {
                    keyPoints++;
                    citations += point.sources().size();
                }
            }
        }

        private void addUsage(Usage usage) {
            requests += usage.requests();
            cacheHits += usage.cachedRequests();
            inputTokens += usage.inputTokens();
            outputTokens += usage.outputTokens();
            if (provider.isEmpty()) {
                provider = usage.provider();
                model = usage.model();
            }
        }

        EvalReport report(String label, int items) {
            boolean translations = !references.isEmpty();
            boolean summarized = summaries > 0;
            return new EvalReport(
                    label,
                    provider,
                    model,
                    items,
                    failed,
                    translations ? Chrf.chrFPlusPlus().corpusScore(hypotheses, references) : null,
                    translations ? Chrf.chrF().corpusScore(hypotheses, references) : null,
                    translations
                            ? Bleu.standard()
                                    .corpusScore(hypotheses, references)
                                    .score()
                            : null,
                    summarized ? mean(rouge1) : null,
                    summarized ? mean(rouge2) : null,
                    summarized ? mean(rougeL) : null,
                    summarized ? (double) summariesWithFindings / summaries : null,
                    keyPoints > 0 ? (double) citations / keyPoints : null,
                    sentences == 0 ? 0 : 100.0 * findings / sentences,
                    sentences,
                    requests,
                    cacheHits,
                    inputTokens,
                    outputTokens,
                    nanos / 1e9 / items,
                    errors,
                    null);
        }
    }

    /** The English of a translation as one segment: title, then paragraphs, separated by spaces. */
    static String hypothesis(Translation translation) {
        if (translation == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (translation.title() != null && !translation.title().isBlank()) {
            parts.add(translation.title());
        }
        parts.addAll(translation.paragraphs());
        return String.join(" ", parts);
    }

    /** A finding of the summary's own: an unsupported or uncited statement (paragraph -1), or no summary. */
    static boolean hasSummaryFinding(Checks checks) {
        return !checks.incomplete().isEmpty()
                || checks.unsupported().stream().anyMatch(finding -> finding.paragraph() == -1);
    }

    static long count(Checks checks) {
        return (long) checks.untranslated().size()
                + checks.omitted().size()
                + checks.unsupported().size()
                + checks.inconsistent().size()
                + checks.incomplete().size();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}

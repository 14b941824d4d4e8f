/**
 * Measuring a model on reference data: the metrics (chrF, chrF++ and BLEU as sacreBLEU computes
 * them, ROUGE as Google's rouge-score does), reading reference sets (TSV pairs, JSON Lines
 * articles), and the {@code Evaluator} that runs an engine over a set and reports the scores with
 * the checks' findings, tokens, requests, cache hits and time. Made through
 * {@code warta.core.Warta#evaluator}.
 */
package warta.core.eval;

package warta.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reports of several models on one set, side by side: a markdown table (a row per measure, a
 * column per model; measures no model has data for are left out; a model whose run failed has
 * its reason in a first row, "run failed", and no other cells) or one JSON document
 * ({@code {"set": NAME, "models": [REPORT, ...]}}, each report with every field of
 * {@link EvalReport}, null where the set gives no data). Stateless.
 */
public final class EvalTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalTable() {}

    private record Row(String name, Function<EvalReport, String> cell) {}

    private static final List<Row> ROWS = List.of(
            new Row("chrF++", r -> number(r.chrFPlusPlus(), 2)),
            new Row("chrF", r -> number(r.chrF(), 2)),
            new Row("BLEU", r -> number(r.bleu(), 2)),
            new Row("ROUGE-1 F1", r -> number(r.rouge1(), 4)),
            new Row("ROUGE-2 F1", r -> number(r.rouge2(), 4)),
            new Row("ROUGE-L F1", r -> number(r.rougeL(), 4)),
            new Row("summaries with findings", r -> percent(r.summariesWithFindings())),
            new Row("citations per key point", r -> number(r.citationsPerKeyPoint(), 2)),
            new Row("findings per 100 sentences", r -> number(r.findingsPer100Sentences(), 2)),
            new Row("items (failed)", r -> r.items() + " (" + r.failed() + ")"),
            new Row("model requests", r -> String.valueOf(r.requests())),
            new Row("cache hits", r -> String.valueOf(r.cacheHits())),
            new Row("tokens in / out", r -> r.inputTokens() + " / " + r.outputTokens()),
            new Row("seconds per article", r -> number(r.secondsPerArticle(), 3)));

    /** The reports as a markdown table, ending with a line break. */
    public static String markdown(List<EvalReport> reports) {
        Objects.requireNonNull(reports, "reports");
        StringBuilder out = new StringBuilder("| |");
        reports.forEach(r -> out.append(' ').append(escape(r.label())).append(" |"));
        out.append("\n|---|");
        reports.forEach(r -> out.append("---:|"));
        out.append('\n');
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("run failed", r -> r.failure() == null ? "" : escape(r.failure())));
        ROWS.forEach(row -> rows.add(
                new Row(row.name(), r -> r.failure() == null ? row.cell().apply(r) : "")));
        for (Row row : rows) {
            List<String> cells = new ArrayList<>();
            reports.forEach(r -> cells.add(row.cell().apply(r)));
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            out.append("| ").append(row.name()).append(" |");
            cells.forEach(cell -> out.append(' ').append(cell).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }

    /** The reports as one JSON document, without a line break. */
    public static String json(String set, List<EvalReport> reports) {
        ObjectNode root = JSON.createObjectNode();
        root.put("set", set);
        ArrayNode models = root.putArray("models");
        reports.forEach(r -> models.add(JSON.valueToTree(r)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation report could not be written as JSON", e);
        }
    }

    private static String number(Double value, int decimals) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}

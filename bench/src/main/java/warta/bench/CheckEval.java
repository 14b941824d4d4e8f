package warta.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import warta.core.check.Finding;
import warta.core.check.OmittedCheck;
import warta.core.check.Terms;
import warta.core.check.UnsupportedCheck;
import warta.core.check.UntranslatedCheck;
import warta.core.glossary.Glossary;
import warta.core.translate.ModelOutput;

/**
 * Measures the checks in {@code warta.core.check} and {@link ModelOutput#clean} without a model,
 * on a file of Indonesian TAB English reference pairs. Every pair gives clean cases (the
 * reference as is: negatives) and planted faults with a fixed seed (positives): see
 * {@link CheckEvalCases}. A positive is a true positive when a finding points at the planted fault,
 * a false negative otherwise; a finding elsewhere, in a clean or a faulty case, is one false
 * positive for that case. Prints TP, FP, FN, precision and recall per check to stdout, and with
 * {@code --errors} every false positive and false negative (an omitted-sentence case with the
 * sentence that was dropped); with {@code --list}, after the table, every false positive of the
 * two unsupported lines on a clean reference, one a line: the check, the pair's line number in
 * the file, the items reported, the source and the reference (tab-separated), so each can be
 * judged against its source. Exit codes: 0 done, 2 usage (argument missing or file unreadable).
 */
public final class CheckEval {

    private static final String USAGE =
            "usage: CheckEval [--errors|--list] <pairs.tsv>  (Indonesian TAB English per line)";
    static final long SEED = 20240117L;

    /** One source sentence or passage with its reference translation. */
    record Pair(String source, String reference) {}

    /** Counts for one check. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int cases) {

        static Score empty() {
            return new Score(0, 0, 0, 0);
        }

        double precision() {
            return Rates.precision(truePositives, falsePositives);
        }

        double recall() {
            return Rates.recall(truePositives, falseNegatives);
        }

        Score plus(Score other) {
            return new Score(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives,
                    cases + other.cases);
        }
    }

    private CheckEval() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean errors = args.length == 2 && args[0].equals("--errors");
        boolean listing = args.length == 2 && args[0].equals("--list");
        if (args.length != (errors || listing ? 2 : 1)) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[args.length - 1]);
        List<Pair> pairs;
        List<Integer> lineNumbers;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            pairs = parse(lines);
            lineNumbers = lineNumbers(lines);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        PrintStream log = errors ? out : null;
        CheckEvalCases cases = new CheckEvalCases(pairs, new Random(SEED));
        out.printf("pairs: %d, seed: %d%n", pairs.size(), SEED);
        out.printf("%-18s %6s %5s %5s %5s %9s %7s%n", "check", "cases", "TP", "FP", "FN", "precision", "recall");
        print(out, "untranslated", untranslated(cases, log));
        print(out, "omitted-sentence", omittedSentences(cases, log));
        print(out, "omitted-paragraph", omittedParagraphs(cases, log));
        List<String> listed = new ArrayList<>();
        print(out, "unsupported-number", unsupported(cases, log, lineNumbers, listed));
        print(out, "unsupported-name", unsupportedNames(cases, log, lineNumbers, listed));
        print(out, "term-inconsistent", inconsistentTerms(cases, log));
        print(out, "model-output-clean", modelOutput(cases, log));
        if (listing) {
            out.println("false positives on clean references (check, line, items, source, reference):");
            listed.forEach(out::println);
        }
        return 0;
    }

    /** Non-blank lines with a tab: the text before it is the source, after it the reference. */
    static List<Pair> parse(List<String> lines) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0
                    && !line.substring(0, tab).isBlank()
                    && !line.substring(tab + 1).isBlank()) {
                pairs.add(new Pair(
                        line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
        }
        return pairs;
    }

    /** The 1-based numbers of the lines {@link #parse} keeps, in its order. */
    static List<Integer> lineNumbers(List<String> lines) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!parse(List.of(lines.get(i))).isEmpty()) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** One line of {@code --list}: a clean reference's false positive with what it reported. */
    static String listed(String check, int line, List<Finding> findings, Pair pair) {
        return check + "\t" + line + "\t"
                + findings.stream().map(Finding::text).distinct().toList() + "\t"
                + pair.source() + "\t" + pair.reference();
    }

    private static void print(PrintStream out, String name, Score s) {
        out.printf(
                "%-18s %6d %5d %5d %5d %9.4f %7.4f%n",
                name, s.cases(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall());
    }

    /**
     * Scores one case: {@code planted} tells whether a finding points at the planted fault (null
     * for a clean case). TP when one does; FN when a fault was planted and none does; one FP when
     * any finding points elsewhere.
     */
    static Score score(List<Finding> findings, Predicate<Finding> planted) {
        boolean hit = planted != null && findings.stream().anyMatch(planted);
        boolean stray = findings.stream().anyMatch(f -> planted == null || !planted.test(f));
        return new Score(hit ? 1 : 0, stray ? 1 : 0, planted != null && !hit ? 1 : 0, 1);
    }

    private static Score untranslated(CheckEvalCases cases, PrintStream log) {
        UntranslatedCheck check = new UntranslatedCheck();
        Score total = Score.empty();
        for (CheckEvalCases.Group group : cases.groups()) {
            List<Finding> clean = check.check(List.of(group.english()));
            total = total.plus(report(log, "untranslated", group.english(), score(clean, null), clean));
            String mixed = group.withSource(group.member());
            String planted = CheckEvalCases.join(
                    List.of(group.pairs().get(group.member()).source()));
            List<Finding> findings = check.check(List.of(mixed));
            total = total.plus(
                    report(log, "untranslated", mixed, score(findings, f -> planted.contains(f.text())), findings));
        }
        return total;
    }

    private static Score omittedSentences(CheckEvalCases cases, PrintStream log) {
        OmittedCheck check = new OmittedCheck();
        Score total = Score.empty();
        for (CheckEvalCases.Group group : cases.groups()) {
            List<String> source = List.of(group.indonesian());
            List<Finding> clean = check.check(source, List.of(group.english()));
            total = total.plus(report(log, "omitted", group.english(), score(clean, null), clean));
            String dropped = CheckEvalCases.join(
                    List.of(group.pairs().get(group.member()).source()));
            String shorter = group.without(group.member());
            List<Finding> findings = check.check(source, List.of(shorter));
            total = total.plus(report(
                    log,
                    "omitted",
                    shorter + "  [dropped: " + dropped + "]",
                    score(findings, f -> dropped.contains(f.text())),
                    findings));
        }
        return total;
    }

    private static Score omittedParagraphs(CheckEvalCases cases, PrintStream log) {
        OmittedCheck check = new OmittedCheck();
        Score total = Score.empty();
        for (CheckEvalCases.Group group : cases.groups()) {
            List<String> source = group.pairs().stream().map(Pair::source).toList();
            List<String> english = group.pairs().stream().map(Pair::reference).toList();
            List<Finding> clean = check.check(source, english);
            total = total.plus(
                    report(log, "omitted-paragraph", String.join(" | ", english), score(clean, null), clean));
            List<String> shorter = new ArrayList<>(english);
            shorter.remove(group.member());
            int member = group.member();
            List<Finding> findings = check.check(source, shorter);
            total = total.plus(report(
                    log,
                    "omitted-paragraph",
                    String.join(" | ", shorter),
                    score(findings, f -> f.paragraph() == member),
                    findings));
        }
        return total;
    }

    private static Score unsupported(
            CheckEvalCases cases, PrintStream log, List<Integer> lineNumbers, List<String> listed) {
        UnsupportedCheck check = UnsupportedCheck.numbersOnly();
        Score total = Score.empty();
        for (int i = 0; i < cases.pairs().size(); i++) {
            Pair pair = cases.pairs().get(i);
            List<Finding> clean = check.check(pair.reference(), pair.source(), Map.of(), -1);
            total = total.plus(report(log, "unsupported", pair.reference(), score(clean, null), clean));
            if (!clean.isEmpty()) {
                listed.add(listed("unsupported-number", lineNumbers.get(i), clean, pair));
            }
            for (CheckEvalCases.Changed changed : cases.changedNumbers(pair)) {
                List<Finding> findings = check.check(changed.text(), pair.source(), Map.of(), -1);
                Score s = score(findings, f -> f.text().contains(changed.number()));
                // stray findings in a changed reference were already counted on the clean one
                total = total.plus(report(
                        log,
                        "unsupported",
                        changed.text(),
                        new Score(s.truePositives(), 0, s.falseNegatives(), 1),
                        findings));
            }
        }
        return total;
    }

    /**
     * The summary check across languages, as {@code warta summarize} runs it: each English
     * reference checked with {@link UnsupportedCheck#full()} against its Indonesian source and
     * the built-in glossary. The reference as is must pass; with a sentence naming a place the
     * source lacks, the place must be reported.
     */
    private static Score unsupportedNames(
            CheckEvalCases cases, PrintStream log, List<Integer> lineNumbers, List<String> listed) {
        UnsupportedCheck check = UnsupportedCheck.full();
        Map<String, String> glossary = Glossary.builtIn().asMap();
        Score total = Score.empty();
        for (int i = 0; i < cases.pairs().size(); i++) {
            Pair pair = cases.pairs().get(i);
            List<Finding> clean = check.check(pair.reference(), pair.source(), glossary, -1);
            total = total.plus(report(log, "unsupported-name", pair.reference(), score(clean, null), clean));
            if (!clean.isEmpty()) {
                listed.add(listed("unsupported-name", lineNumbers.get(i), clean, pair));
            }
            CheckEvalCases.Planted planted = cases.withPlace(pair);
            List<Finding> findings = check.check(planted.text(), pair.source(), glossary, -1);
            Score s = score(findings, f -> f.text().contains(planted.name()));
            // stray findings in the reference were already counted on the clean one
            total = total.plus(report(
                    log,
                    "unsupported-name",
                    planted.text(),
                    new Score(s.truePositives(), 0, s.falseNegatives(), 1),
                    findings));
        }
        return total;
    }

    /**
     * The check on terms rendered two ways ({@link Terms#report}), with the built-in glossary.
     * Clean cases: each group of references as one article (its pairs as paragraphs) must give no
     * finding. Planted: for each pair whose reference renders a term one of its ways, the pair
     * twice, the second copy with that rendering replaced by another way; the finding must quote
     * the replacement.
     */
    private static Score inconsistentTerms(CheckEvalCases cases, PrintStream log) {
        Terms terms = Terms.of(Glossary.builtIn().asMap());
        Score total = Score.empty();
        for (CheckEvalCases.Group group : cases.groups()) {
            List<String> source = group.pairs().stream().map(Pair::source).toList();
            List<String> english = group.pairs().stream().map(Pair::reference).toList();
            List<Integer> paragraphs =
                    java.util.stream.IntStream.range(0, source.size()).boxed().toList();
            List<Finding> clean = terms.report(source, english, paragraphs).findings();
            total = total.plus(
                    report(log, "term-inconsistent", String.join(" | ", english), score(clean, null), clean));
        }
        for (Pair pair : cases.pairs()) {
            Map<String, String> chosen = terms.chosen(pair.source(), pair.reference());
            Map<String, List<List<String>>> ways = terms.ways(pair.source());
            for (Map.Entry<String, String> used : chosen.entrySet()) {
                String other = ways.get(used.getKey()).stream()
                        .filter(way -> way.stream().noneMatch(r -> r.equalsIgnoreCase(used.getValue())))
                        .findFirst()
                        .orElseThrow()
                        .getFirst();
                String changed = pair.reference().replace(used.getValue(), other);
                List<Finding> findings = terms.report(
                                List.of(pair.source(), pair.source()),
                                List.of(pair.reference(), changed),
                                List.of(0, 1))
                        .findings();
                Score s = score(findings, f -> f.text().equalsIgnoreCase(other));
                total = total.plus(report(
                        log,
                        "term-inconsistent",
                        changed,
                        new Score(s.truePositives(), 0, s.falseNegatives(), 1),
                        findings));
                break;
            }
        }
        return total;
    }

    private static Score modelOutput(CheckEvalCases cases, PrintStream log) {
        Score total = Score.empty();
        for (Pair pair : cases.pairs()) {
            String kept = ModelOutput.clean(pair.reference(), pair.source());
            boolean changed = !kept.equals(pair.reference());
            total = total.plus(new Score(0, changed ? 1 : 0, 0, 1));
            if (changed && log != null) {
                log.println("FP model-output: " + pair.reference() + "  =>  " + kept);
            }
            String raw = cases.withAdditions(pair);
            String cleaned = ModelOutput.clean(raw, pair.source());
            boolean stripped = cleaned.equals(pair.reference());
            total = total.plus(new Score(stripped ? 1 : 0, 0, stripped ? 0 : 1, 1));
            if (!stripped && log != null) {
                log.println("FN model-output: " + raw.replace("\n", "⏎") + "  =>  " + cleaned.replace("\n", "⏎"));
            }
        }
        return total;
    }

    private static Score report(PrintStream log, String check, String text, Score score, List<Finding> findings) {
        if (log != null && score.falsePositives() > 0) {
            log.println("FP " + check + ": " + text + "  <=  " + findings);
        }
        if (log != null && score.falseNegatives() > 0) {
            log.println("FN " + check + ": " + text + "  <=  " + findings);
        }
        return score;
    }
}

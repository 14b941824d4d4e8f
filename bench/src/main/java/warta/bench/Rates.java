package warta.bench;

/** Precision, recall and F1 as the evals report them; an empty denominator counts as perfect. */
final class Rates {

    private Rates() {}

    static double precision(int truePositives, int falsePositives) {
        return ratio(truePositives, truePositives + falsePositives);
    }

    static double recall(int truePositives, int falseNegatives) {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1 : (double) numerator / denominator;
    }
}

package org.newsgraph.eval;

import java.util.List;

/**
 * Precision, recall and F1 of one category, with what was missed and what was spurious.
 *
 * @param category "events", "met pairs", "statements", "entities/Person", ...
 * @param truePositives gold facts found
 * @param falsePositives graph facts that match no gold fact
 * @param falseNegatives gold facts not found
 */
public record Score(String category, int truePositives, int falsePositives, int falseNegatives,
                    List<String> missed, List<String> spurious) {

    public Score {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

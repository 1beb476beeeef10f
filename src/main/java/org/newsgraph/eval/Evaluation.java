package org.newsgraph.eval;

import java.util.List;

/**
 * The result of scoring a graph against gold.
 *
 * @param scores one per category
 * @param duplicates gold entities that more than one node stands for
 * @param boilerplate names from the gold's {@code boilerplate_only} list that reached the graph
 */
public record Evaluation(List<Score> scores, List<String> duplicates, List<String> boilerplate) {

    public Evaluation {
        scores = List.copyOf(scores);
        duplicates = List.copyOf(duplicates);
        boilerplate = List.copyOf(boilerplate);
    }

    public Score score(String category) {
        return scores.stream().filter(s -> s.category().equals(category)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for '" + category + "'"));
    }
}

package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.Main;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Gold;

/**
 * Articles written for newsgraph (not the seeds), in .txt, .html and .jsonl, scored against their own hand-written
 * gold ({@code src/test/resources/generalisation/gold.json}): the rules must carry over to text they were not
 * written against.
 */
class GeneralisationIT {

    private static GraphStore store;
    private static Evaluation evaluation;

    @BeforeAll
    static void ingest() throws Exception {
        Path dir = CorpusGraph.root().resolve("src/test/resources/generalisation");
        Path db = Files.createTempDirectory("newsgraph-generalisation").resolve("graph.db");
        assertEquals(0, Main.run("ingest", "--no-progress", "--db", db.toString(), dir.toString()));
        store = GraphStore.embedded(db);
        evaluation = new Evaluator(Gold.read(dir.resolve("gold.json"))).evaluate(store.runner());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyGoldEntityOfTheNewArticlesIsFound() {
        for (String type : List.of("Person", "Country", "Organization", "Agreement", "Place")) {
            assertEquals(List.of(), evaluation.score("entities/" + type).missed(), type);
        }
    }

    @Test
    void everyGoldEntityOfTheNewArticlesIsOneNode() {
        assertEquals(List.of(), evaluation.duplicates());
    }

    @Test
    void noPersonIsInventedInTheNewArticles() {
        assertEquals(List.of(), evaluation.score("entities/Person").spurious());
    }

    @Test
    void eventsMetPairsAndStatementsOfTheNewArticlesReachF1OfNinetyPercent() {
        for (String category : List.of("events", "met pairs", "statements")) {
            var s = evaluation.score(category);
            org.junit.jupiter.api.Assertions.assertTrue(s.f1() >= 0.9, String.format(
                    "%s F1 %.3f < 0.9%n missed %s%n spurious %s", category, s.f1(), s.missed(), s.spurious()));
        }
    }

    @Test
    void asidesAndTeasersOfTheNewArticlesStayOutOfTheGraph() {
        assertEquals(List.of(), evaluation.boilerplate());
    }
}

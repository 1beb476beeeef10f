package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Gold;

/** Issue 2's acceptance: after ingesting corpus/, every gold entity is one node with the right label. */
class CorpusEntitiesIT {

    private static GraphStore store;
    private static Gold gold;
    private static Evaluation evaluation;

    @BeforeAll
    static void ingest() {
        gold = CorpusGraph.gold();
        store = CorpusGraph.open();
        evaluation = new Evaluator(gold).evaluate(store.runner());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyGoldEntityIsFoundWithItsLabel() {
        for (String type : List.of("Person", "Country", "Organization", "Agreement", "Place")) {
            var score = evaluation.score("entities/" + type);
            assertEquals(List.of(), score.missed(), type + " entities missed");
        }
    }

    @Test
    void everyGoldEntityIsOneNode() {
        assertEquals(List.of(), evaluation.duplicates());
    }

    @Test
    void everySurfaceFormOfAGoldEntityLandsOnTheSameNode() {
        for (Gold.GoldEntity e : gold.entities()) {
            List<Map<String, Object>> rows = store.runner().read(tx -> tx.run(
                    "MATCH (n:" + e.type() + ") WHERE n.name IN $forms OR any(a IN n.aliases WHERE a IN $forms) "
                            + "RETURN DISTINCT n.id AS id", Map.of("forms", withName(e))).rows());
            assertEquals(1, rows.size(), e.name() + " (" + e.type() + ") is spread over nodes " + rows);
        }
    }

    @Test
    void noBoilerplateNameReachesTheGraph() {
        assertEquals(List.of(), evaluation.boilerplate());
        for (String name : gold.boilerplateOnly()) {
            long n = store.runner().read(tx -> (Long) tx.run(
                    "MATCH (x) WHERE x.name = $n OR $n IN coalesce(x.aliases, []) RETURN count(x) AS c",
                    Map.of("n", name)).rows().get(0).get("c"));
            assertEquals(0, n, name + " is in the graph");
        }
    }

    @Test
    void officesOfTheGoldAreInTheGraph() {
        List<Map<String, Object>> rows = store.runner().read(tx -> tx.run(
                "MATCH (p:Person {name: 'Joe Biden'})-[h:HOLDS_OFFICE]->(c:Country {id: 'US'}) RETURN h.title AS t",
                Map.of()).rows());
        assertTrue(rows.stream().anyMatch(r -> "President".equals(r.get("t"))), rows.toString());
    }

    private static List<String> withName(Gold.GoldEntity e) {
        List<String> forms = new java.util.ArrayList<>(e.forms());
        forms.add(e.name());
        return forms;
    }
}

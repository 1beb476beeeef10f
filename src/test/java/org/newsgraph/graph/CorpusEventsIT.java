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
import org.newsgraph.eval.Score;

/**
 * Issue 3's acceptance: after {@code newsgraph ingest corpus/}, events, met pairs and statements reach F1 >= 0.9
 * against the seed gold, and the video summit reported by four articles is one node.
 */
class CorpusEventsIT {

    private static GraphStore store;
    private static Evaluation evaluation;

    @BeforeAll
    static void ingest() {
        store = CorpusGraph.open();
        evaluation = new Evaluator(CorpusGraph.gold()).evaluate(store.runner());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void assertF1(String category) {
        Score s = evaluation.score(category);
        assertTrue(s.f1() >= 0.9, String.format("%s F1 %.3f < 0.9 (P %.3f, R %.3f)%n missed %s%n spurious %s",
                category, s.f1(), s.precision(), s.recall(), s.missed(), s.spurious()));
    }

    @Test
    void eventsReachF1OfNinetyPercent() {
        assertF1("events");
    }

    @Test
    void metPairsReachF1OfNinetyPercent() {
        assertF1("met pairs");
    }

    @Test
    void statementsReachF1OfNinetyPercent() {
        assertF1("statements");
    }

    @Test
    void theVideoSummitReportedByFourArticlesIsOneNode() {
        List<Map<String, Object>> rows = store.runner().read(tx -> tx.run("""
                MATCH (e:Event {kind: 'video_conference'})<-[:PARTICIPATED_IN]-(:Person {id: 'wladimir-putin'})
                OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
                RETURN e.date AS date, count(a) AS reports
                """, Map.of()).rows());
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("2021-12-07", rows.get(0).get("date"));
        assertEquals(4L, rows.get(0).get("reports"));
    }
}

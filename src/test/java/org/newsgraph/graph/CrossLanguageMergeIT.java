package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * A German and an English report of the same video call are one Event reported by both articles, with the same two
 * Person nodes, and the threat both report is one relationship listing both articles. The English report carries no
 * language field: its language is detected. Articles written for this test.
 */
class CrossLanguageMergeIT {

    private static final String REPORTS = """
            {"id": "call-de", "published": "2021-12-08", "language": "de", "text": "US-Präsident Joe Biden und der russische Präsident Wladimir Putin haben am Dienstag per Video miteinander gesprochen. Das Gespräch dauerte rund zwei Stunden. Biden drohte Russland mit harten wirtschaftlichen Maßnahmen im Falle einer militärischen Eskalation in der Ukraine."}
            {"id": "call-en", "published": "2021-12-08", "text": "President Joseph R. Biden, Jr. held a video call with President Vladimir Putin of Russia on Tuesday. The call lasted about two hours. President Biden threatened Russia with strong economic measures in the event of a military escalation in Ukraine."}
            """;

    /** Gold written per article, as the development set's: the one call is a gold event of each report. */
    private static final String GOLD = """
            {"entities": [
              {"type": "Person", "name": "Joe Biden", "forms": ["Joe Biden", "Biden", "Joseph R. Biden, Jr."],
               "in": ["call-de", "call-en"]},
              {"type": "Person", "name": "Wladimir Putin", "forms": ["Wladimir Putin", "Putin"], "in": ["call-de"]},
              {"type": "Person", "name": "Vladimir Putin", "forms": ["Vladimir Putin", "Putin"], "in": ["call-en"]}],
             "events": [
              {"id": "de-E1", "kind": "video_conference", "date": "2021-12-07", "status": "held",
               "participants": ["Joe Biden", "Wladimir Putin"], "in": ["call-de"]},
              {"id": "en-E1", "kind": "video_conference", "date": "2021-12-07", "status": "held",
               "participants": ["Joe Biden", "Vladimir Putin"], "in": ["call-en"]}],
             "met": [["Joe Biden", "Wladimir Putin", "de-E1"], ["Joe Biden", "Vladimir Putin", "en-E1"]],
             "relations": []}
            """;

    @Test
    void germanAndEnglishReportsOfOneCallAreOneEventWithTheSamePersons(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("reports.jsonl");
        Files.writeString(in, REPORTS);
        Path db = dir.resolve("graph.db");
        assertEquals(0, Main.run("ingest", "--no-progress", "--db", db.toString(), in.toString()));
        try (GraphStore store = GraphStore.embedded(db)) {
            List<Map<String, Object>> languages = store.runner().read(tx -> tx.run(
                    "MATCH (a:Article) RETURN a.id AS id, a.language AS language ORDER BY id", Map.of()).rows());
            assertEquals(List.of(Map.of("id", "call-de", "language", "de"), Map.of("id", "call-en", "language", "en")),
                    languages);

            List<Map<String, Object>> events = store.runner().read(tx -> tx.run("""
                    MATCH (e:Event)
                    OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
                    WITH e, collect(DISTINCT a.id) AS articles
                    OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
                    RETURN e.kind AS kind, e.date AS date, articles, collect(DISTINCT p.id) AS persons
                    """, Map.of()).rows());
            assertEquals(1, events.size(), events.toString());
            Map<String, Object> call = events.get(0);
            assertEquals("video_conference", call.get("kind"));
            assertEquals("2021-12-07", call.get("date"));
            assertEquals(List.of("call-de", "call-en"), sorted(call.get("articles")));
            assertEquals(List.of("joe-biden", "wladimir-putin"), sorted(call.get("persons")));

            org.newsgraph.eval.Gold gold = org.newsgraph.eval.Gold.parse(new java.io.ByteArrayInputStream(GOLD.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), "gold.json");
            org.newsgraph.eval.Evaluation scored = new org.newsgraph.eval.Evaluator(gold).evaluate(store.runner());
            assertEquals(1.0, scored.score("events").f1(), "the merged event is found for each article's gold event");
            assertEquals(1.0, scored.score("met pairs").f1());

            List<Map<String, Object>> persons = store.runner().read(tx -> tx.run(
                    "MATCH (p:Person) RETURN p.id AS id ORDER BY id", Map.of()).rows());
            assertEquals(List.of(Map.of("id", "joe-biden"), Map.of("id", "wladimir-putin")), persons);

            List<Map<String, Object>> threats = store.runner().read(tx -> tx.run("""
                    MATCH (:Person {id: 'joe-biden'})-[r:THREATENED]->(:Country {id: 'RU'})
                    RETURN r.articles AS articles
                    """, Map.of()).rows());
            assertEquals(1, threats.size(), threats.toString());
            assertEquals(List.of("call-de", "call-en"), sorted(threats.get(0).get("articles")));
        }
    }

    private static List<String> sorted(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).sorted().toList();
    }
}

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
 * One real event is one node however many articles report it and however they name and date it; the same statement
 * reported twice is one relationship listing both articles. Articles written for this test.
 */
class CrossDocumentMergeIT {

    private static final String FULL_DATE = """
            {"id": "m1", "published": "2023-05-12", "text": "Bundeskanzler Olaf Scholz und der französische Präsident Emmanuel Macron haben am Dienstag miteinander telefoniert. Das Telefonat dauerte rund 40 Minuten. Scholz warf Russland vor, die Getreideexporte der Ukraine zu blockieren."}
            {"id": "m2", "published": "2023-05", "text": "Scholz und Macron führten am Dienstag ein Telefongespräch über die Ukraine. Beide Politiker sprachen auch über die Energiepreise."}
            {"id": "m3", "published": "2023-05-20", "text": "Bei dem Telefonat zwischen Olaf Scholz und Emmanuel Macron am 9. Mai ging es auch um Getreide. Der Kanzler warf Russland erneut vor, die Getreideexporte zu blockieren."}
            """;

    @Test
    void oneCallReportedThreeWaysIsOneEventAndOneAccusation(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("reports.jsonl");
        Files.writeString(in, FULL_DATE);
        Path db = dir.resolve("graph.db");
        assertEquals(0, Main.run("ingest", "--no-progress", "--db", db.toString(), in.toString()));
        try (GraphStore store = GraphStore.embedded(db)) {
            List<Map<String, Object>> events = store.runner().read(tx -> tx.run("""
                    MATCH (e:Event {kind: 'phone_call'})
                    OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
                    RETURN e.date AS date, e.duration AS duration, collect(a.id) AS articles
                    """, Map.of()).rows());
            assertEquals(1, events.size(), events.toString());
            assertEquals("2023-05-09", events.get(0).get("date"));
            assertEquals("PT40M", events.get(0).get("duration"));
            assertEquals(List.of("m1", "m2", "m3"), ((List<?>) events.get(0).get("articles")).stream().sorted().toList());

            List<Map<String, Object>> accusations = store.runner().read(tx -> tx.run("""
                    MATCH (:Person {id: 'olaf-scholz'})-[r:ACCUSED]->(:Country {id: 'RU'})
                    RETURN r.articles AS articles, size(r.evidence) AS evidence
                    """, Map.of()).rows());
            assertEquals(1, accusations.size(), accusations.toString());
            assertEquals(List.of("m1", "m3"), ((List<?>) accusations.get(0).get("articles")).stream().sorted().toList());
            assertEquals(2L, accusations.get(0).get("evidence"));
        }
    }
}

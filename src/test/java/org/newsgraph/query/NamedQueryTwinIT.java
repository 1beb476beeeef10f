package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.rdf.FixtureGraph;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.SparqlDataset;

/** Each named question gives the same answer in Cypher (on Neo4j) and in SPARQL (on the RDF view). */
class NamedQueryTwinIT {

    private static final String VIDEO_SUMMIT = "video_conference-2021-12-07-joe-biden-wladimir-putin";

    /** Parameters for the questions that need them, as a user would give them (any case, an alias). */
    private static final Map<String, Map<String, Object>> PARAMS = Map.of(
            "timeline", Map.of("a", "joe biden", "b", "Wladimir Putin"),
            "events-of", Map.of("name", "Putin"),
            "sources-of-event", Map.of("event", VIDEO_SUMMIT));

    @TempDir
    static Path dir;
    static Neo4jDatabase db;
    static Dataset dataset;
    static NamedQueries queries = NamedQueries.load();

    @BeforeAll
    static void open() throws Exception {
        db = FixtureGraph.open(dir);
        dataset = new SparqlDataset(db.graph(), IriScheme.defaults()).current();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Stream<String> names() {
        return NamedQueries.load().all().stream().map(NamedQuery::name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void cypherAndSparqlGiveTheSameAnswer(String name) {
        ResultTable cypher = cypher(name);
        ResultTable sparql = sparql(name);
        assertEquals(cypher.columns(), sparql.columns(), name + ": the twins name their columns differently");
        assertFalse(cypher.rows().isEmpty(), name + " finds nothing on the fixture, so the comparison proves nothing");
        assertEquals(normalised(cypher), normalised(sparql), name + ": Cypher and SPARQL answer differently");
    }

    @Test
    void everyQuestionHasATwinAndTheFixtureHasParametersForIt() {
        assertTrue(queries.all().size() >= 9);
        for (NamedQuery q : queries.all()) {
            assertNotNull(q.sparql(), q.name() + " has no SPARQL twin");
            assertTrue(PARAMS.getOrDefault(q.name(), Map.of()).keySet().containsAll(q.parameters()),
                    q.name() + " needs parameters " + q.parameters());
        }
    }

    @Test
    void whoMetWhomContainsEveryMetPairOfTheGold() throws Exception {
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/seed-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        Map<String, String> dates = new java.util.HashMap<>();
        gold.get("events").forEach(e -> dates.put(e.get("id").asText(), e.get("date").asText()));
        Set<List<String>> answered = new HashSet<>();
        for (List<Object> row : cypher("who-met-whom").rows()) {
            answered.add(List.of((String) row.get(0), (String) row.get(1), (String) row.get(2)));
        }
        for (JsonNode pair : gold.get("met")) {
            List<String> names = Stream.of(pair.get(0).asText(), pair.get(1).asText()).sorted().toList();
            List<String> expected = List.of(names.get(0), names.get(1), dates.get(pair.get(2).asText()));
            assertTrue(answered.contains(expected), "who-met-whom misses " + expected + " in " + answered);
        }
    }

    @Test
    void timelineListsTheContactsInDateOrder() {
        List<Object> dates = cypher("timeline").rows().stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("2021-04-13", "2021-06", "2021-12-07", "2021-12-30"), dates);
        assertEquals(dates, sparql("timeline").rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void sourcesOfTheVideoSummitAreTheFourArticlesThatReportIt() {
        Set<Object> articles = sparql("sources-of-event").rows().stream().map(r -> r.get(1)).collect(Collectors.toSet());
        assertEquals(Set.of("000", "001", "002", "003"), articles);
    }

    @Test
    void agreementsFindTheMentionTheEventAndTheStatementsConcerningMinsk() {
        List<String> via = sparql("agreements").rows().stream().map(r -> (String) r.get(1)).toList();
        assertEquals(List.of("article", "event", "statement", "statement", "statement", "statement"), via);
    }

    private static ResultTable cypher(String name) {
        NamedQuery q = queries.get(name);
        return new CypherRunner(db.graph()).run(name, q.cypher(), PARAMS.getOrDefault(name, Map.of()), false);
    }

    private static ResultTable sparql(String name) {
        NamedQuery q = queries.get(name);
        return new SparqlRunner(dataset.getDefaultModel()).run(name, dataset, q.sparql(),
                PARAMS.getOrDefault(name, Map.of()));
    }

    /** The rows as a sorted list of text rows: numbers canonical, lists sorted and joined, null empty. */
    static List<List<String>> normalised(ResultTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(row.stream().map(NamedQueryTwinIT::text).toList());
        }
        rows.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        return rows;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(NamedQueryTwinIT::text).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}

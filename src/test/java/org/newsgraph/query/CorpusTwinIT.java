package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.cli.Main;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.rdf.GraphToRdf;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.SparqlDataset;

/**
 * The seed corpus, ingested by {@code newsgraph ingest} as a user would: every named question gives the same answer
 * in Cypher and SPARQL, and the export conforms to the shapes.
 */
class CorpusTwinIT {

    @TempDir
    static Path dir;
    static Neo4jDatabase db;
    static Dataset dataset;
    static Map<String, Map<String, Object>> params = new HashMap<>();

    @BeforeAll
    static void ingest() {
        Path corpus = Path.of(System.getProperty("newsgraph.root", ".")).resolve("corpus");
        assertTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        Path store = dir.resolve("graph.db");
        assertEquals(0, Main.run("ingest", corpus.toString(), "--db", store.toString()), "ingest failed");
        db = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(store));
        long start = System.nanoTime();
        dataset = new SparqlDataset(db.graph(), IriScheme.defaults()).current();
        System.out.printf("SPARQL dataset of the corpus: %d triples built in %d ms%n",
                dataset.getDefaultModel().size(), (System.nanoTime() - start) / 1_000_000);
        params.put("timeline", Map.of("a", "Joe Biden", "b", "Wladimir Putin"));
        params.put("events-of", Map.of("name", "Wladimir Putin"));
        List<Object> events = new CypherRunner(db.graph()).run("test", "MATCH (e:Event) RETURN e.id ORDER BY e.id "
                + "LIMIT 1", Map.of(), false).rows().stream().map(r -> r.get(0)).toList();
        params.put("sources-of-event", Map.of("event", events.isEmpty() ? "none" : events.get(0)));
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    static Stream<String> names() {
        return NamedQueries.load().all().stream().map(NamedQuery::name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void cypherAndSparqlGiveTheSameAnswerOnTheCorpus(String name) {
        NamedQuery q = NamedQueries.load().get(name);
        Map<String, Object> p = params.getOrDefault(name, Map.of());
        ResultTable cypher = new CypherRunner(db.graph()).run(name, q.cypher(), p, false);
        ResultTable sparql = new SparqlRunner(dataset.getDefaultModel()).run(name, dataset, q.sparql(), p);
        assertEquals(NamedQueryTwinIT.normalised(cypher), NamedQueryTwinIT.normalised(sparql), name);
    }

    @Test
    void theCorpusHasOfficesAndPeople() {
        NamedQuery q = NamedQueries.load().get("offices");
        assertFalse(new CypherRunner(db.graph()).run("offices", q.cypher(), Map.of(), false).rows().isEmpty());
    }

    @Test
    void theExportOfTheCorpusConformsToTheShapes() {
        Model data = new GraphToRdf(IriScheme.defaults()).read(db.graph());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(Ontology.shapes()), data.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), "the export of the corpus violates ontology/shapes.ttl (report above)");
    }
}

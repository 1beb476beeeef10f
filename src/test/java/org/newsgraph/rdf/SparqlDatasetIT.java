package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.query.ResultTable;
import org.newsgraph.query.SparqlRunner;

/** SPARQL over the graph: RDFS inference from the ontology, and a dataset that follows the graph. */
class SparqlDatasetIT {

    @TempDir
    static Path dir;
    static Neo4jDatabase db;
    static SparqlDataset sparql;

    @BeforeAll
    static void open() throws Exception {
        db = FixtureGraph.open(dir);
        sparql = new SparqlDataset(db.graph(), IriScheme.defaults());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyEventIsASemEvent() {
        assertEquals(10, column("SELECT ?e WHERE { ?e a sem:Event }").size());
        assertEquals(Set.of("2021-06", "2021-04-22/2021-04-23"), Set.copyOf(column(
                "SELECT (STR(?d) AS ?date) WHERE { ?e a schema:Event, ng:Summit ; ng:date ?d }")));
    }

    @Test
    void everyPersonIsASchemaPersonAndASemActor() {
        List<Object> people = column("SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }");
        assertEquals(8, people.size());
        assertTrue(people.contains("Wolodymyr Selenskyj"));
        assertEquals(8 + 7 + 2, column("SELECT ?a WHERE { ?a a sem:Actor }").size(),
                "persons, countries and organizations are SEM actors");
    }

    @Test
    void statementPropertiesRollUpToTheirSuperProperty() {
        // 11 statements between 9 pairs: Biden demanded of and threatened Russia, proposed to and invited Putin
        assertEquals(9, column("SELECT ?s ?o WHERE { ?s ng:statement ?o }").size());
        assertEquals(List.of("Genf"), column("SELECT DISTINCT ?place WHERE { ?e a sem:Event ; sem:hasPlace ?p . "
                + "?p a sem:Place ; rdfs:label ?place }"));
    }

    @Test
    void materialisedTypesAreThoseOfJenasRdfsReasoner() {
        Model data = new GraphToRdf(IriScheme.defaults()).read(db.graph());
        InfModel jena = ModelFactory.createInfModel(ReasonerRegistry.getRDFSSimpleReasoner(), Ontology.model(), data);
        Model ours = sparql.current().getDefaultModel();
        Set<Statement> expected = jena.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(s -> data.containsResource(s.getSubject())).toSet();
        Set<Statement> actual = ours.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(s -> data.containsResource(s.getSubject())).toSet();
        Set<String> missing = expected.stream().filter(s -> !actual.contains(s)).map(Object::toString)
                .filter(s -> !s.contains("rdf-schema#Resource")).collect(Collectors.toSet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void theDatasetFollowsTheGraph() {
        Dataset before = sparql.current();
        assertSame(before, sparql.current(), "unchanged graph, same dataset");
        db.graph().executeTransactionally("MATCH (b:Person {id: 'joe-biden'}), (a:Article {id: '004'}) "
                + "CREATE (b)-[:PARTICIPATED_IN]->(e:Event {id: 'visit-test', kind: 'visit', status: 'proposed'})"
                + "<-[:REPORTS]-(a)");
        try {
            Dataset after = sparql.current();
            assertNotSame(before, after);
            assertEquals(List.of("visit-test"), column("SELECT ?id WHERE { ?e a ng:Visit ; ng:id ?id }"));
        } finally {
            db.graph().executeTransactionally("MATCH (e:Event {id: 'visit-test'}) DETACH DELETE e");
        }
        assertEquals(List.of(), column("SELECT ?id WHERE { ?e a ng:Visit ; ng:id ?id }"));
    }

    @Test
    void theCacheFolderKeepsOnlyTheDatasetOfTheCurrentGraph() throws Exception {
        Path cache = dir.resolve("rdf-cache");
        Dataset built = new SparqlDataset(db.graph(), IriScheme.defaults(), cache).current();
        List<Path> files = files(cache);
        assertEquals(1, files.size());
        Dataset read = new SparqlDataset(db.graph(), IriScheme.defaults(), cache).current();
        assertTrue(read.getDefaultModel().isIsomorphicWith(built.getDefaultModel()));
        assertEquals(files, files(cache), "an unchanged graph reuses the cached dataset");
        db.graph().executeTransactionally("CREATE (:Place {id: 'cache-test', name: 'Helsinki'})");
        try {
            Dataset changed = new SparqlDataset(db.graph(), IriScheme.defaults(), cache).current();
            assertEquals(1, changed.getDefaultModel().listSubjectsWithProperty(
                    org.apache.jena.vocabulary.RDFS.label, "Helsinki").toList().size());
            assertEquals(1, files(cache).size());
            assertTrue(!files(cache).equals(files), "a changed graph replaces the cached dataset");
        } finally {
            db.graph().executeTransactionally("MATCH (p:Place {id: 'cache-test'}) DELETE p");
        }
    }

    private static List<Path> files(Path folder) throws java.io.IOException {
        try (var list = java.nio.file.Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    private static List<Object> column(String query) {
        Dataset ds = sparql.current();
        ResultTable table = new SparqlRunner(ds.getDefaultModel()).run("test", ds, query, Map.of());
        return table.rows().stream().map(r -> r.get(0)).toList();
    }
}

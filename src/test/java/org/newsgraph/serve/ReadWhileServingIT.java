package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.CliRun;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.rdf.FixtureGraph;

/**
 * While {@code newsgraph serve} (a real child process, with the password it makes up) holds a store, the read commands
 * on that store go through its Bolt listener by themselves and answer as they did before it started; {@code --neo4j}
 * does the same explicitly. The store says which serve holds it (in a file only the user may read), and says nothing
 * once serve has stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadWhileServingIT {

    @TempDir
    static Path dir;
    static String store;
    static FreePorts ports;
    static Process serve;
    static final List<String> output = new ArrayList<>();
    static String password;

    /** What each command printed on the store before serve started. */
    static CliRun cypherBefore;
    static CliRun whoMetWhomBefore;
    static CliRun twinBefore;
    static CliRun statsBefore;
    static CliRun sparqlBefore;
    static CliRun exportBefore;

    static final String CYPHER = "MATCH (p:Person) RETURN p.name AS name ORDER BY name";
    static final String SPARQL = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name";

    @BeforeAll
    static void answersBeforeServeThenServe() throws Exception {
        FixtureGraph.open(dir).close();
        store = dir.resolve("graph.db").toString();
        cypherBefore = CliRun.of("cypher", "--db", store, "--format", "csv", CYPHER);
        whoMetWhomBefore = CliRun.of("query", "--db", store, "who-met-whom", "--format", "csv");
        twinBefore = CliRun.of("query", "--db", store, "who-met-whom.rq", "--format", "csv");
        statsBefore = CliRun.of("stats", "--db", store);
        sparqlBefore = CliRun.of("sparql", "--db", store, "--format", "csv", SPARQL);
        exportBefore = CliRun.of("export", "--db", store, "--format", "ntriples");
        for (CliRun r : List.of(cypherBefore, whoMetWhomBefore, twinBefore, statsBefore, sparqlBefore, exportBefore)) {
            assertEquals(ExitCodes.OK, r.code(), r.toString());
        }

        ports = FreePorts.find();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main", "serve",
                "--db", store, "--bolt-port", String.valueOf(ports.bolt()),
                "--http-port", String.valueOf(ports.http()), "--sparql-port", String.valueOf(ports.sparql()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEWSGRAPH_PASSWORD");
        serve = builder.start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
            output.add(line);
        }
        assertTrue(output.stream().anyMatch(l -> l.contains(" ready in ")), "serve started: " + output);
        Matcher m = Pattern.compile("#password=(\\S+)").matcher(String.join("\n", output));
        assertTrue(m.find(), "the Browser URL carries the password: " + output);
        password = m.group(1);
    }

    @AfterAll
    static void stopServe() {
        if (serve != null) {
            serve.destroyForcibly();
        }
    }

    private static void assertThroughServe(CliRun r) {
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        String bolt = "bolt://127.0.0.1:" + ports.bolt();
        assertTrue(r.err().contains("newsgraph serve") && r.err().contains(bolt), "says so: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "in one line: " + r.err());
    }

    @Test
    @Order(1)
    void cypherGoesThroughServeAndAnswersAsBefore() {
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("cypher", "--db", store, "--format", "csv", CYPHER);
        assertThroughServe(r);
        assertEquals(cypherBefore.out(), r.out());
        assertTrue((System.nanoTime() - t0) / 1e9 < 7, "no wait for the store lock");
    }

    @Test
    @Order(2)
    void aNamedQuestionAndItsTwinGoThroughServe() {
        CliRun cypher = CliRun.of("query", "--db", store, "who-met-whom", "--format", "csv");
        assertThroughServe(cypher);
        assertEquals(whoMetWhomBefore.out(), cypher.out());
        CliRun twin = CliRun.of("query", "--db", store, "who-met-whom.rq", "--format", "csv");
        assertThroughServe(twin);
        assertEquals(twinBefore.out(), twin.out());
    }

    @Test
    @Order(3)
    void statsSparqlAndExportGoThroughServe() {
        CliRun stats = CliRun.of("stats", "--db", store);
        assertThroughServe(stats);
        assertEquals(statsBefore.out(), stats.out());
        CliRun sparql = CliRun.of("sparql", "--db", store, "--format", "csv", SPARQL);
        assertThroughServe(sparql);
        assertEquals(sparqlBefore.out(), sparql.out());
        CliRun export = CliRun.of("export", "--db", store, "--format", "ntriples");
        assertThroughServe(export);
        assertEquals(Set.copyOf(exportBefore.out().lines().toList()), Set.copyOf(export.out().lines().toList()));
    }

    @Test
    @Order(4)
    void neo4jOptionReadsAnyServerWithThePassword() {
        CliRun r = CliRun.of("cypher", "--neo4j", "bolt://127.0.0.1:" + ports.bolt(), "--password", password,
                "--format", "csv", CYPHER);
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(cypherBefore.out(), r.out());
        CliRun wrong = CliRun.of("stats", "--neo4j", "bolt://127.0.0.1:" + ports.bolt(), "--password",
                "not-the-password");
        assertEquals(ExitCodes.FAILED, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("refused the credentials"), wrong.toString());
    }

    @Test
    @Order(5)
    void cypherWriteGoesThroughServeToo() {
        CliRun write = CliRun.of("cypher", "--db", store, "--write", "CREATE (:Place {id: 'through-serve'})");
        assertThroughServe(write);
        CliRun read = CliRun.of("cypher", "--db", store, "--format", "csv",
                "MATCH (p:Place {id: 'through-serve'}) DETACH DELETE p RETURN count(*) AS n");
        assertEquals(ExitCodes.FAILED, read.code(), "read-only without --write: " + read);
        assertEquals(ExitCodes.OK, CliRun.of("cypher", "--db", store, "--write",
                "MATCH (p:Place {id: 'through-serve'}) DETACH DELETE p").code());
    }

    @Test
    @Order(6)
    void theStoreNamesItsServerInAFileOnlyTheUserMayRead() throws Exception {
        Path record = dir.resolve("graph.db").resolve("serve.json");
        assertTrue(Files.isRegularFile(record), "serve records itself in " + record);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(record));
        String text = Files.readString(record);
        assertTrue(text.contains(":" + ports.bolt()) && text.contains(password), text);
    }

    @Test
    @Order(7)
    void ingestIsToldTheActualPortOfTheServeThatHoldsTheStore() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Biden trifft Putin\n\nJoe Biden traf Wladimir Putin "
                + "am Montag in Genf.\n");
        CliRun r = CliRun.of("ingest", "--no-progress", "--db", store, article.toString());
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertTrue(r.err().contains("newsgraph serve") && r.err().contains("--neo4j bolt://127.0.0.1:" + ports.bolt()),
                r.toString());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    @Order(8)
    void afterServeStopsTheStoreOpensAgainAndNamesNoServer() throws Exception {
        serve.destroy(); // SIGTERM, as on Ctrl-C
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops");
        assertFalse(Files.exists(dir.resolve("graph.db").resolve("serve.json")), "serve removed its record");
        CliRun r = CliRun.of("cypher", "--db", store, "--format", "csv", CYPHER);
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("", r.err(), "embedded again");
        assertEquals(cypherBefore.out(), r.out());
    }

    @Test
    void aStoreHeldByAnotherCommandIsNotBlamedOnServe(@TempDir Path other) {
        Path held = other.resolve("graph.db");
        try (Neo4jDatabase holder = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(held))) {
            long t0 = System.nanoTime();
            CliRun r = CliRun.of("stats", "--db", held.toString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(ExitCodes.FAILED, r.code(), r.toString());
            assertTrue(r.err().contains("in use by another process"), r.toString());
            assertFalse(r.err().contains("serve") || r.err().contains("7687"), "not blamed on serve: " + r.err());
            assertTrue(seconds < 5, "said at once, not after Neo4j's lock wait: " + seconds + " s");
        }
    }
}

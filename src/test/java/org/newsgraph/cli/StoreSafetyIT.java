package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.rdf.FixtureGraph;

/**
 * What a query run from the command line may not do: read local files or fetch URLs (LOAD CSV, SPARQL SERVICE), run
 * for ever, or report usage data to Neo4j. Every store newsgraph opens is set up this way.
 */
class StoreSafetyIT {

    @TempDir
    static Path dir;
    static String db;
    /** A web server on loopback that counts every request it gets: nothing newsgraph runs may reach it. */
    static HttpServer web;
    static final AtomicInteger hits = new AtomicInteger();

    @BeforeAll
    static void fixtureAndAWebServer() throws Exception {
        FixtureGraph.open(dir).close();
        db = dir.resolve("graph.db").toString();
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "name\nfetched-from-the-web\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    @Test
    void loadCsvCannotReadLocalFiles() {
        CliRun r = CliRun.of("cypher", "--db", db, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line");
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertFalse(r.out().contains("root"), "the file is not printed: " + r);
        assertTrue(r.err().contains("LOAD CSV") && r.err().contains("--allow-csv-import"), r.toString());
    }

    @Test
    void loadCsvCannotFetchUrls() {
        int before = hits.get();
        CliRun r = CliRun.of("cypher", "--db", db, "LOAD CSV FROM '" + url("/rows.csv") + "' AS line RETURN line");
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertEquals(before, hits.get(), "newsgraph fetched the URL");
        assertTrue(r.err().contains("--allow-csv-import"), r.toString());
    }

    @Test
    void allowCsvImportTurnsFileAndUrlImportOn() throws IOException {
        Path csv = Files.writeString(dir.resolve("rows.csv"), "name\nfrom-a-file\n");
        CliRun file = CliRun.of("cypher", "--db", db, "--allow-csv-import", "--format", "csv",
                "LOAD CSV WITH HEADERS FROM '" + csv.toUri() + "' AS row RETURN row.name AS name");
        assertEquals(ExitCodes.OK, file.code(), file.toString());
        assertTrue(file.out().contains("from-a-file"), file.toString());
        CliRun web = CliRun.of("cypher", "--db", db, "--allow-csv-import", "--format", "csv",
                "LOAD CSV WITH HEADERS FROM '" + url("/rows.csv") + "' AS row RETURN row.name AS name");
        assertEquals(ExitCodes.OK, web.code(), web.toString());
        assertTrue(web.out().contains("fetched-from-the-web"), web.toString());
    }

    @Test
    void sparqlServiceCannotFetchUrls() {
        int before = hits.get();
        CliRun r = CliRun.of("sparql", "--db", db, "SELECT * WHERE { SERVICE <" + url("/sparql") + "> { ?s ?p ?o } }");
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertEquals(before, hits.get(), "newsgraph fetched the SERVICE URL");
        assertTrue(r.err().contains("SERVICE") && r.err().contains("federated"), r.toString());
        CliRun allowed = CliRun.of("sparql", "--db", db, "--allow-service",
                "SELECT * WHERE { SERVICE <" + url("/sparql") + "> { ?s ?p ?o } }");
        assertEquals(before + 1, hits.get(), "--allow-service lets SERVICE fetch: " + allowed);
    }

    @Test
    void aRunawayCypherQueryIsStoppedAtTheTimeout(@TempDir Path other) {
        String store = other.resolve("graph.db").toString();
        assertEquals(ExitCodes.OK, CliRun.of("cypher", "--db", store, "--write",
                "UNWIND range(1, 300) AS i CREATE (:Point {i: i})").code());
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("cypher", "--db", store, "--timeout", "2s",
                "MATCH (a:Point), (b:Point), (c:Point), (d:Point) WHERE a.i + b.i + c.i + d.i < 0 "
                        + "RETURN count(*) AS n");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        assertTrue(r.err().contains("2 s") && r.err().contains("--timeout"), r.toString());
    }

    @Test
    void aRunawaySparqlQueryIsStoppedAtTheTimeout() {
        long t0 = System.nanoTime();
        CliRun r = CliRun.of("sparql", "--db", db, "--timeout", "2s",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(ExitCodes.FAILED, r.code(), r.toString());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        assertTrue(r.err().contains("2 s") && r.err().contains("--timeout"), r.toString());
    }

    @Test
    void everyStoreHasUsageReportingAndCsvImportOff(@TempDir Path other) {
        try (Neo4jDatabase store = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(other.resolve("graph.db")))) {
            Map<String, String> settings = settings(store, GraphDatabaseSettings.udc_enabled.name(),
                    GraphDatabaseSettings.allow_file_urls.name());
            assertEquals("false", settings.get("dbms.usage_report.enabled"), settings.toString());
            assertEquals("false", settings.get("dbms.security.allow_csv_import_from_file_urls"), settings.toString());
        }
    }

    private static Map<String, String> settings(Neo4jDatabase store, String... names) {
        Map<String, String> values = new java.util.TreeMap<>();
        for (String name : names) {
            store.graph().executeTransactionally("CALL dbms.listConfig($name) YIELD name, value RETURN name, value",
                    Map.of("name", name), r -> {
                        r.forEachRemaining(row -> values.put((String) row.get("name"), (String) row.get("value")));
                        return null;
                    });
        }
        return values;
    }
}

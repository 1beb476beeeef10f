package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.query.Timeout;
import org.newsgraph.rdf.IriScheme;

/**
 * What {@code newsgraph serve} lets other programs and web pages do, tried with real clients on loopback: Neo4j's
 * HTTP API, Bolt (plain and as Browser's WebSocket), and the SPARQL endpoint, each from a page of another origin,
 * without and with the password.
 */
class ServeSecurityIT {

    static final String EVIL = "http://evil.example";
    static final String PASSWORD = "a-password-for-this-test";
    /** Small, so that a runaway query is stopped quickly. */
    static final Timeout TIMEOUT = Timeout.parse("2s");

    @TempDir
    static Path dir;

    static NewsgraphServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    /** A web server on loopback that counts every request it gets: nothing the server runs may reach it. */
    static HttpServer web;
    static final AtomicInteger hits = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        // enough for a cartesian product that runs for hours: 300^4 rows in Cypher, (triples)^3 in SPARQL; written
        // before serve starts, as its 2 s timeout may be too short for the first statements of a cold JVM
        try (Neo4jDatabase store = Neo4jDatabase.open(Neo4jDatabase.Config.embedded(dir.resolve("graph.db")))) {
            store.graph().executeTransactionally("CREATE (:Person {id: 'joe-biden', name: 'Joe Biden'})");
            store.graph().executeTransactionally("UNWIND range(1, 300) AS i CREATE (:Point {i: i}), "
                    + "(:Person {id: 'person-' + i, name: 'Person ' + i})");
        }
        server = NewsgraphServer.start(FreePorts.find().config(dir.resolve("graph.db"), PASSWORD, TIMEOUT),
                SparqlDatasetSource.newsgraph(IriScheme.defaults()));
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "name\nfetched\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (web != null) {
            web.stop(0);
        }
    }

    /** The origin of the Browser that serve prints. */
    static String ownOrigin() {
        return server.httpUrl();
    }

    static String webUrl(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    @Test
    void theHttpApiRefusesAPageOfAnotherOriginWithoutThePassword() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "/db/neo4j/tx/commit"))
                .header("Origin", EVIL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"CREATE (:X)\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode(), r.body());
        assertNotEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(0L, count("MATCH (x:X) RETURN count(x) AS c"), "no node was created");
    }

    @Test
    void theHttpApiLetsOnlyItsOwnOriginReadAcrossOrigins() throws Exception {
        for (String origin : new String[] {EVIL, ownOrigin()}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.httpUrl()
                            + "/db/neo4j/tx/commit")).header("Origin", origin).header("Authorization", basic())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"RETURN 1\"}]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            if (origin.equals(EVIL)) {
                assertFalse(allowed.equals(EVIL) || allowed.equals("*"), "another origin may read: " + allowed);
            } else {
                assertEquals(ownOrigin(), allowed, "Browser's own origin may read");
            }
        }
    }

    @Test
    void boltAsAWebSocketRefusesPagesOfOtherOrigins() throws Exception {
        URI bolt = URI.create("ws://127.0.0.1:" + server.config().boltPort() + "/");
        CompletionException refused = assertThrows(CompletionException.class, () -> http.newWebSocketBuilder()
                .header("Origin", EVIL).buildAsync(bolt, new WebSocket.Listener() { }).join());
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
        WebSocket own = http.newWebSocketBuilder().header("Origin", ownOrigin())
                .buildAsync(bolt, new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        own.abort();
    }

    @Test
    void boltNeedsThePassword() {
        try (Driver anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
        }
        try (Driver driver = driver(); Session session = driver.session()) {
            assertEquals(1, session.run("RETURN 1 AS one").single().get("one").asInt());
        }
    }

    @Test
    void sparqlNeedsThePasswordAndLetsOnlyItsOwnOriginsRead() throws Exception {
        String query = server.sparqlUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = get(query, EVIL, null);
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> evil = get(query, EVIL, basic());
        assertEquals(200, evil.statusCode(), evil.body());
        assertFalse(evil.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                "a page of another origin may not read the answer: " + evil.headers().map());
        HttpResponse<String> own = get(query, ownOrigin(), basic());
        assertEquals(ownOrigin(), own.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> evilPreflight = preflight(server.sparqlUrl(), EVIL);
        assertTrue(evilPreflight.statusCode() >= 400, "preflight from another origin: " + evilPreflight.statusCode());
        assertFalse(evilPreflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> ownPreflight = preflight(server.guideUrl(), ownOrigin());
        assertTrue(ownPreflight.statusCode() < 300, "Browser's preflight for the guide: " + ownPreflight.statusCode());
        assertEquals(ownOrigin(), ownPreflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void loadCsvOverBoltCannotReadFilesOrFetchUrls() {
        int before = hits.get();
        try (Driver driver = driver(); Session session = driver.session()) {
            ClientException file = assertThrows(ClientException.class, () -> session.run(
                    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line").list());
            assertTrue(file.getMessage().contains("allow_csv_import_from_file_urls"), file.getMessage());
            assertThrows(ClientException.class, () -> session.run(
                    "LOAD CSV FROM '" + webUrl("/rows.csv") + "' AS line RETURN line").list());
        }
        assertEquals(before, hits.get(), "the server fetched the URL");
    }

    @Test
    void sparqlServiceAtTheEndpointCannotFetchUrls() throws Exception {
        int before = hits.get();
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + URLEncoder.encode("SELECT * WHERE { SERVICE <"
                + webUrl("/sparql") + "> { ?s ?p ?o } }", StandardCharsets.UTF_8), null, basic());
        assertEquals(before, hits.get(), "the server fetched the SERVICE URL");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE") && r.body().contains("federated"), r.body());
    }

    @Test
    void aRunawayCypherQueryOverBoltIsStoppedAtTheTimeout() {
        try (Driver driver = driver(); Session session = driver.session()) {
            long t0 = System.nanoTime();
            ClientException e = assertThrows(ClientException.class, () -> session.run("MATCH (a:Point), (b:Point), "
                    + "(c:Point), (d:Point) WHERE a.i + b.i + c.i + d.i < 0 RETURN count(*) AS n").single());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 30, "stopped after " + seconds + " s");
            assertTrue(e.code().contains("TransactionTimedOut"), e.code() + ": " + e.getMessage());
        }
    }

    @Test
    void aRunawaySparqlQueryAtTheEndpointIsStoppedAtTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8), null,
                basic());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("timeout") && r.body().contains("2 s"), r.body());
    }

    @Test
    void usageReportingIsOffAndClientTransactionsHaveTheTimeout() {
        try (Driver driver = driver(); Session session = driver.session()) {
            assertEquals("false", session.run("CALL dbms.listConfig('dbms.usage_report.enabled') YIELD value "
                    + "RETURN value").single().get("value").asString());
            assertEquals("2s", session.run("CALL dbms.listConfig('db.transaction.timeout') YIELD value "
                    + "RETURN value").single().get("value").asString());
        }
    }

    @Test
    void theBrowserUrlCarriesThePasswordAndItsLoginPageAnswers() throws Exception {
        String url = server.browserUrl();
        assertTrue(url.startsWith(server.httpUrl() + "/"), url);
        assertTrue(url.contains("#") && url.substring(url.indexOf('#')).contains(PASSWORD),
                "the password rides in the fragment, which the browser never sends: " + url);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url.substring(0, url.indexOf('#'))))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("neo4j.connections") && page.body().contains("/browser/"), page.body());
        assertFalse(page.body().contains(PASSWORD), "the page itself holds no password");
    }

    private static long count(String cypher) {
        return server.database().graph().executeTransactionally(cypher, java.util.Map.of(),
                r -> ((Number) r.next().get("c")).longValue());
    }

    static Driver driver() {
        return GraphDatabase.driver(server.boltUri(), AuthTokens.basic(ServeConfig.USER, PASSWORD));
    }

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ServeConfig.USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String url, String origin, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept",
                "application/sparql-results+json");
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> preflight(String url, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,pragma,cache-control").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

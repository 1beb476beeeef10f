package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.newsgraph.rdf.IriScheme;

/**
 * {@code newsgraph serve} in-process on free ports, with a password as by default: Bolt, SPARQL over HTTP, Browser,
 * guide and style. What others may not do is ServeSecurityIT's.
 */
class ServeIT {

    static final String PASSWORD = ServeConfig.newPassword();

    @TempDir
    static Path dir;

    static NewsgraphServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    static final SparqlDatasetSource RDF = SparqlDatasetSource.newsgraph(IriScheme.defaults());
    static final org.neo4j.driver.AuthToken AUTH = AuthTokens.basic(ServeConfig.USER, PASSWORD);
    static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString((ServeConfig.USER + ":"
            + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void startOnAStoreWithAFewNodes() {
        server = NewsgraphServer.start(FreePorts.find().config(dir.resolve("graph.db"), PASSWORD), RDF);
        server.database().graph().executeTransactionally("""
                CREATE (b:Person {id: 'joe-biden', name: 'Joe Biden'}),
                       (p:Person {id: 'wladimir-putin', name: 'Wladimir Putin'}),
                       (e:Event {id: 'ev-1', kind: 'video_conference', date: '2021-12-07', status: 'held'}),
                       (b)-[:PARTICIPATED_IN]->(e), (p)-[:PARTICIPATED_IN]->(e)""");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void javaDriverReadsTheGraphOverBolt() {
        try (Driver driver = GraphDatabase.driver(server.boltUri(), AUTH);
             Session session = driver.session()) {
            List<Record> rows = session.run("""
                    MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
                    WHERE a.name < b.name RETURN a.name AS a, b.name AS b, e.date AS date""").list();
            assertEquals(1, rows.size());
            assertEquals("Joe Biden", rows.get(0).get("a").asString());
            assertEquals("Wladimir Putin", rows.get(0).get("b").asString());
            assertEquals("2021-12-07", rows.get(0).get("date").asString());
        }
    }

    @Test
    void sparqlProtocolRequestReturnsJsonResults() throws Exception {
        // schema:Person is inferred (ng:Person rdfs:subClassOf schema:Person)
        HttpResponse<String> response = sparql("SELECT ?name WHERE { ?p a <https://schema.org/Person> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/sparql-results+json"));
        List<String> names = new ArrayList<>();
        for (JsonNode b : json.readTree(response.body()).path("results").path("bindings")) {
            names.add(b.path("name").path("value").asText());
        }
        assertEquals(List.of("Joe Biden", "Wladimir Putin"), names);
    }

    @Test
    void whatIsWrittenOverBoltIsAnsweredBySparql() throws Exception {
        String ask = "ASK { ?p a <https://schema.org/Place> ; <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"Genf\" }";
        assertEquals(false, json.readTree(sparql(ask).body()).path("boolean").asBoolean(true));
        try (Driver driver = GraphDatabase.driver(server.boltUri(), AUTH);
             Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Place {id: 'genf', name: 'Genf'})"));
        }
        assertEquals(true, json.readTree(sparql(ask).body()).path("boolean").asBoolean(false));
        server.database().graph().executeTransactionally("MATCH (p:Place {id: 'genf'}) DELETE p");
    }

    @Test
    void theGuidesSparqlTwinOfWhoMetWhomRunsAtTheEndpoint() throws Exception {
        org.newsgraph.query.NamedQuery q = org.newsgraph.query.NamedQueries.load().get("who-met-whom");
        org.apache.jena.shared.PrefixMapping prefixes = RDF.open(server.database().graph()).get()
                .getDefaultGraph().getPrefixMapping();
        HttpResponse<String> response = sparql(BrowserGuide.withPrefixes(BrowserGuide.body(q.sparql()), prefixes));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode rows = json.readTree(response.body()).path("results").path("bindings");
        assertEquals(1, rows.size(), response.body());
        assertEquals("Joe Biden", rows.get(0).path("person1").path("value").asText());
        assertEquals("Wladimir Putin", rows.get(0).path("person2").path("value").asText());
    }

    @Test
    void theEndpointKnowsThePrefixesTheCommandLineDeclares() throws Exception {
        HttpResponse<String> response = sparql("SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } "
                + "ORDER BY ?name");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, json.readTree(response.body()).path("results").path("bindings").size(), response.body());
    }

    @Test
    void aSyntaxErrorAtTheEndpointShowsTheLineWithACaret() throws Exception {
        HttpResponse<String> response = sparql("SELECT ?x\nWHERE { ?x a }");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(org.newsgraph.query.Carets.under(response.body(), "WHERE { ?x a }", 14),
                response.body());
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        HttpResponse<String> viaQueryService = post(server.sparqlUrl(), "application/sparql-update", update);
        assertTrue(viaQueryService.statusCode() >= 400, "update on the query service: " + viaQueryService.statusCode());
        HttpResponse<String> viaForm = post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
        assertTrue(viaForm.statusCode() >= 400, "update as a form: " + viaForm.statusCode());
        String dataset = server.sparqlUrl().replace("/sparql", "");
        HttpResponse<String> viaUpdateService = post(dataset + "/update", "application/sparql-update", update);
        assertTrue(viaUpdateService.statusCode() >= 400, "update service: " + viaUpdateService.statusCode());
        HttpResponse<String> graphStorePut = http.send(HttpRequest.newBuilder(URI.create(dataset + "?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(
                        "<urn:x> <urn:y> <urn:z> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(graphStorePut.statusCode() >= 400, "graph store PUT: " + graphStorePut.statusCode());
        HttpResponse<String> ask = sparql("ASK { <urn:x> <urn:y> <urn:z> }");
        assertEquals(false, json.readTree(ask.body()).path("boolean").asBoolean(true));
    }

    @Test
    void browserPageAnswers() throws Exception {
        HttpResponse<String> page = get(server.httpUrl() + "/browser/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Neo4j Browser"), "the Browser's index page");
    }

    @Test
    void guideAndStyleAreServedToTheBrowserAcrossOrigins() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(server.guideUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", server.httpUrl())
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "preflight: " + preflight.statusCode());
        assertEquals(server.httpUrl(), preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("pragma"));

        HttpResponse<String> guide = get(server.guideUrl());
        assertEquals(200, guide.statusCode());
        assertTrue(guide.body().contains("<slide"), "slides");
        assertTrue(guide.body().contains(server.sparqlUrl()), "the endpoint is named in the guide");
        HttpResponse<String> style = get(server.styleUrl());
        assertEquals(200, style.statusCode());
        assertTrue(style.body().contains("node.Event"), "a style for events");
    }

    @Test
    void browserIsToldToLoadTheStyleAndGuideAfterConnecting() {
        try (Driver driver = GraphDatabase.driver(server.boltUri(), AUTH);
             Session session = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
            String postConnect = null;
            String allowlist = null;
            for (Record r : session.run("CALL dbms.clientConfig()").list()) {
                String name = r.get("name").asString();
                if (name.equals("browser.post_connect_cmd")) {
                    postConnect = r.get("value").asString();
                } else if (name.equals("browser.remote_content_hostname_whitelist")) {
                    allowlist = r.get("value").asString();
                }
            }
            assertEquals("style " + server.styleUrl() + "; play " + server.guideUrl(), postConnect);
            assertTrue(allowlist != null && allowlist.contains("127.0.0.1"), "allow-list: " + allowlist);
        }
    }

    @Test
    void withAPasswordBoltAndSparqlAskForItButNotTheGuideOrStyle() throws Exception {
        try (Driver anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
        }
        String query = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertEquals(200, post(server.sparqlUrl(), "application/x-www-form-urlencoded", query).statusCode());
        assertEquals(200, get(server.guideUrl()).statusCode(), "Browser fetches the guide without credentials");
        assertEquals(200, get(server.styleUrl()).statusCode(), "and the style");
    }

    @Test
    void withNoAuthBoltAndSparqlAreOpenAsBefore(@TempDir Path other) throws Exception {
        try (NewsgraphServer open = NewsgraphServer.start(FreePorts.find().config(other.resolve("graph.db"), null),
                RDF)) {
            try (Driver driver = GraphDatabase.driver(open.boltUri(), AuthTokens.none());
                 Session session = driver.session()) {
                assertEquals(1, session.run("RETURN 1 AS one").single().get("one").asInt());
            }
            HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create(open.sparqlUrl() + "?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ask.statusCode(), ask.body());
            assertTrue(open.browserUrl().contains("preselectAuthMethod=NO_AUTH"), open.browserUrl());
        }
    }

    private static HttpResponse<String> sparql(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Authorization", BASIC)
                .header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", BASIC).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

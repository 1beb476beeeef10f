package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ExitCodes;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.FixtureGraph;

/** The cypher, query, sparql and export commands as a user runs them, on the fixture graph. */
class CommandLineIT {

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void fixture() throws Exception {
        FixtureGraph.open(dir).close();
        db = dir.resolve("graph.db").toString();
    }

    @Test
    void cypherPrintsJsonRowsWithNodesAsLabelsAndProperties() throws Exception {
        Run r = run("cypher", "--db", db, "--format", "json", "--param", "name=Angela Merkel",
                "MATCH (p:Person {name: $name}) RETURN p, p.aliases AS aliases");
        assertEquals(ExitCodes.OK, r.code, r.err);
        JsonNode rows = new ObjectMapper().readTree(r.out);
        assertEquals(1, rows.size());
        assertEquals("Person", rows.get(0).get("p").get("labels").get(0).asText());
        assertEquals("Angela Merkel", rows.get(0).get("p").get("properties").get("name").asText());
        assertTrue(rows.get(0).get("aliases").isArray());
    }

    @Test
    void cypherRefusesToWriteUnlessAsked() {
        Run refused = run("cypher", "--db", db, "CREATE (:Place {id: 'cli-test', name: 'Oslo'})");
        assertEquals(ExitCodes.FAILED, refused.code);
        assertTrue(refused.err.contains("--write"), refused.err);
        assertEquals("0", count("MATCH (p:Place {id: 'cli-test'}) RETURN count(p) AS n"));
        assertEquals(ExitCodes.OK, run("cypher", "--db", db, "--write",
                "CREATE (:Place {id: 'cli-test', name: 'Oslo'})").code);
        assertEquals("1", count("MATCH (p:Place {id: 'cli-test'}) RETURN count(p) AS n"));
        assertEquals(ExitCodes.OK, run("cypher", "--db", db, "--write", "MATCH (p:Place {id: 'cli-test'}) DELETE p").code);
    }

    @Test
    void anInvalidQueryIsReportedAtTheUsersColumn() {
        Run cypher = run("cypher", "--db", db, "MATCH (n RETURN n");
        assertEquals(ExitCodes.FAILED, cypher.code);
        assertTrue(cypher.err.contains("column 10") && !cypher.err.contains("EXPLAIN"), cypher.err);
        Run sparql = run("sparql", "--db", db, "SELECT ?x WHERE { ?x a }");
        assertEquals(ExitCodes.FAILED, sparql.code);
        assertTrue(sparql.err.contains("column 24") && !sparql.err.contains("Was expecting"), sparql.err);
    }

    @Test
    void aSyntaxErrorShowsTheLineWithACaretUnderTheColumn() {
        Run cypher = run("cypher", "--db", db, "MATCH (n RETURN n");
        assertTrue(Carets.under(cypher.err, "\"MATCH (n RETURN n\"", 10), cypher.err);
        Run sparql = run("sparql", "--db", db, "SELECT ?x\nWHERE { ?x a }");
        assertTrue(Carets.under(sparql.err, "WHERE { ?x a }", 14), sparql.err);
    }


    @Test
    void aNamedQuestionAndItsTwinPrintTheSameCsv() {
        Run cypher = run("query", "--db", db, "who-met-whom", "--format", "csv");
        Run sparql = run("query", "--db", db, "who-met-whom.rq", "--format", "csv");
        Run lang = run("query", "--db", db, "--lang", "sparql", "who-met-whom", "--format", "csv");
        assertEquals(ExitCodes.OK, cypher.code, cypher.err);
        assertTrue(cypher.out.startsWith("person1,person2,date,kind,place,event\r\n"), cypher.out);
        assertEquals(Set.of(cypher.out.split("\r\n")), Set.of(sparql.out.split("\r\n")));
        assertEquals(sparql.out, lang.out);
    }

    @Test
    void aQuestionWithoutItsParametersSaysWhichAreMissing() {
        Run r = run("query", "--db", db, "timeline", "--param", "a=Joe Biden");
        assertEquals(ExitCodes.USAGE, r.code);
        assertTrue(r.err.contains("--param b="), r.err);
    }

    @Test
    void listShowsEveryQuestion() {
        Run r = run("query", "--list");
        assertEquals(ExitCodes.OK, r.code);
        for (NamedQuery q : NamedQueries.load().all()) {
            assertTrue(r.out.contains(q.name()) && r.out.contains(q.question()), q.name());
        }
    }

    @Test
    void sparqlFindsEventsThroughTheSemClassAndPrintsATable() {
        Run r = run("sparql", "--db", db, "SELECT (COUNT(?e) AS ?events) WHERE { ?e a sem:Event }");
        assertEquals(ExitCodes.OK, r.code, r.err);
        assertTrue(r.out.contains("| 10     |"), r.out);
    }

    @Test
    void exportWritesAFile() throws Exception {
        Path file = dir.resolve("out.nt");
        Run r = run("export", "--db", db, "--format", "ntriples", "-o", file.toString());
        assertEquals(ExitCodes.OK, r.code, r.err);
        long lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
        assertTrue(r.err.contains("wrote " + lines + " triples"), r.err);
    }

    @Test
    void everyCommandsHelpShowsAnExample() {
        for (String command : new String[] {"cypher", "sparql", "query", "export"}) {
            Run r = run(command, "--help");
            assertEquals(ExitCodes.OK, r.code);
            assertTrue(r.out.contains("Example") && r.out.contains("newsgraph " + command), command + ":\n" + r.out);
        }
    }

    private static String count(String cypher) {
        Run r = run("cypher", "--db", db, "--format", "csv", cypher);
        return r.out.split("\r\n")[1];
    }

    private record Run(int code, String out, String err) {
    }

    private static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            var cmd = Main.commandLine();
            cmd.setOut(new java.io.PrintWriter(System.out, true));
            cmd.setErr(new java.io.PrintWriter(System.err, true));
            int code = cmd.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}

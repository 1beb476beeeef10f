package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.CorpusGraph;

/**
 * What a command loads when it starts, seen in the class-loading log of the real jar in a child JVM: a command that
 * reads loads no NLP models, no knowledge base or event lexicon and no RDF library it does not need, and no command
 * but {@code cypher} plans Cypher (a first Cypher statement costs a short command about a second).
 */
class StartupIT {

    private static final List<String> NLP_AND_KNOWLEDGE = List.of("opennlp.tools.", "org.newsgraph.kb.",
            "org.newsgraph.nlp.", "org.newsgraph.extract.event.EventLexicon");
    /** Loaded when a Cypher statement is planned (Neo4j loads parts of the compiler at start-up anyway). */
    private static final String CYPHER_PLANNER =
            "org.neo4j.cypher.internal.compiler.planner.logical.LogicalPlanningContext ";
    /** Jena starting up (its classes may be loaded as types of the command classes' fields without it). */
    private static final String JENA = "org.apache.jena.sys.JenaSystem ";

    @TempDir
    static Path dir;

    @Test
    void readCommandsLoadNoModelsNorKnowledgeBaseAndOnlyCypherPlansCypher() throws Exception {
        Path db = dir.resolve("graph.db");
        String ingest = loaded("ingest", "--no-progress", "--db", db.toString(),
                CorpusGraph.root().resolve("corpus").toString());
        assertTrue(ingest.contains("opennlp.tools."), "ingest loads the models");
        assertTrue(!ingest.contains(CYPHER_PLANNER), "ingest into the embedded store plans no Cypher");

        String stats = loaded("stats", "--db", db.toString());
        NLP_AND_KNOWLEDGE.forEach(c -> assertTrue(!stats.contains(c), "stats loads " + c));
        assertTrue(!stats.contains(CYPHER_PLANNER), "stats plans no Cypher");
        String cypher = loaded("cypher", "--db", db.toString(), "RETURN 1");
        assertTrue(cypher.contains(CYPHER_PLANNER), "the marker of planning is right");
        assertTrue(!stats.contains(JENA), "stats starts no Jena");

        NLP_AND_KNOWLEDGE.forEach(c -> assertTrue(!cypher.contains(c), "cypher loads " + c));
        assertTrue(!cypher.contains(JENA), "cypher starts no Jena");
    }

    /** Runs the jar with the arguments and returns the names of the classes it loaded, one per line. */
    private static String loaded(String... args) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info:file=" + log, "-jar", System.getProperty("newsgraph.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command did not end: " + command);
        assertEquals(0, p.exitValue(), output);
        StringBuilder names = new StringBuilder();
        for (String line : Files.readAllLines(log)) {
            int end = line.indexOf(" source:");
            int start = line.indexOf("] ") + 2;
            if (end > start) {
                names.append(line, start, end).append(" \n");
            }
        }
        return names.toString();
    }
}

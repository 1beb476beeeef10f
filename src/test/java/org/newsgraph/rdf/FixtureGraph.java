package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsgraph.graph.Neo4jDatabase;

/**
 * A real embedded Neo4j on a test folder holding {@code fixture-graph.cypher}: the public schema, modelled on the
 * seed gold. Shared by the RDF, SPARQL and named-question tests.
 */
public final class FixtureGraph {

    public static final String FIXTURE = "/org/newsgraph/rdf/fixture-graph.cypher";

    private FixtureGraph() {
    }

    /** Opens a new store in {@code dir} and writes the fixture into it. */
    public static Neo4jDatabase open(Path dir) throws IOException {
        Neo4jDatabase db = Neo4jDatabase.open(new Neo4jDatabase.Config(dir.resolve("graph.db"), 32));
        for (String statement : statements()) {
            db.graph().executeTransactionally(statement);
        }
        return db;
    }

    /** The fixture's Cypher statements (separated by a line ending in ';'), comments removed. */
    static java.util.List<String> statements() throws IOException {
        String text;
        try (InputStream in = FixtureGraph.class.getResourceAsStream(FIXTURE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder current = new StringBuilder();
        java.util.List<String> statements = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.strip().endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }
}

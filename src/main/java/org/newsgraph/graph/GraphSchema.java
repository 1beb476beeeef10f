package org.newsgraph.graph;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.schema.ConstraintDefinition;
import org.neo4j.graphdb.schema.ConstraintType;
import org.newsgraph.extract.EntityType;

/** The uniqueness constraints of the public schema: {@code id} unique per label. */
public final class GraphSchema {

    private GraphSchema() {
    }

    static List<String> labels() {
        List<String> labels = new java.util.ArrayList<>();
        labels.add("Article");
        for (EntityType t : EntityType.values()) {
            labels.add(t.label());
        }
        labels.add("Event");
        return labels;
    }

    public static List<String> constraintStatements() {
        return labels().stream()
                .map(l -> "CREATE CONSTRAINT " + constraintName(l) + " IF NOT EXISTS FOR (n:" + l
                        + ") REQUIRE n.id IS UNIQUE")
                .toList();
    }

    /**
     * Creates the constraints a store lacks (a new store lacks all) through the core API: no Cypher is compiled,
     * which costs a short command more than a second. Its transactions have no time limit (0), whatever the
     * store's default.
     */
    static void ensure(GraphDatabaseService graph) {
        List<String> missing;
        try (Transaction tx = graph.beginTx(0, TimeUnit.SECONDS)) {
            missing = labels().stream().filter(l -> !hasIdConstraint(tx, l)).toList();
        }
        if (missing.isEmpty()) {
            return;
        }
        try (Transaction tx = graph.beginTx(0, TimeUnit.SECONDS)) {
            for (String label : missing) {
                tx.schema().constraintFor(Label.label(label)).assertPropertyIsUnique("id")
                        .withName(constraintName(label)).create();
            }
            tx.commit();
        }
        try (Transaction tx = graph.beginTx(0, TimeUnit.SECONDS)) {
            tx.schema().awaitIndexesOnline(1, TimeUnit.MINUTES);
        }
    }

    private static boolean hasIdConstraint(Transaction tx, String label) {
        for (ConstraintDefinition c : tx.schema().getConstraints(Label.label(label))) {
            if (c.isConstraintType(ConstraintType.UNIQUENESS) && List.of("id").equals(
                    java.util.stream.StreamSupport.stream(c.getPropertyKeys().spliterator(), false).toList())) {
                return true;
            }
        }
        return false;
    }

    private static String constraintName(String label) {
        return label.toLowerCase(java.util.Locale.ROOT) + "_id";
    }
}

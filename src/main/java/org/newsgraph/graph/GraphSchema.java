package org.newsgraph.graph;

import java.util.List;
import org.neo4j.graphdb.GraphDatabaseService;
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
                .map(l -> "CREATE CONSTRAINT " + l.toLowerCase() + "_id IF NOT EXISTS FOR (n:" + l
                        + ") REQUIRE n.id IS UNIQUE")
                .toList();
    }

    /** Creates what is missing, in transactions without a time limit (whatever the store's default). */
    static void ensure(GraphDatabaseService graph) {
        for (String statement : constraintStatements()) {
            graph.executeTransactionally(statement, java.util.Map.of(), result -> null, java.time.Duration.ZERO);
        }
    }
}

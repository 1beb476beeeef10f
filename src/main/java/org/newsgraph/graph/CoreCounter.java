package org.newsgraph.graph;

import java.util.List;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Creates and deletes through the core API while counting as Cypher's statistics do, and stores row values as
 * Cypher stores parameters: null removes the property, a list becomes an array of its element type, an empty list
 * an empty {@code String[]}.
 */
final class CoreCounter {

    private long nodesCreated;
    private long nodesDeleted;
    private long relationshipsCreated;
    private long relationshipsDeleted;

    Node create(Transaction tx, Label label, Object id) {
        Node n = tx.createNode(label);
        n.setProperty("id", stored(id));
        nodesCreated++;
        return n;
    }

    Relationship create(Node from, RelationshipType type, Node to) {
        relationshipsCreated++;
        return from.createRelationshipTo(to, type);
    }

    void delete(Relationship r) {
        r.delete();
        relationshipsDeleted++;
    }

    /** Deletes a node with its relationships (DETACH DELETE). */
    void detachDelete(Node n) {
        List<Relationship> rels;
        try (var all = n.getRelationships()) {
            rels = all.stream().toList();
        }
        rels.forEach(this::delete);
        n.delete();
        nodesDeleted++;
    }

    /** What was counted since the last call. */
    CypherTx.Counts take() {
        CypherTx.Counts c = new CypherTx.Counts(nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted);
        nodesCreated = nodesDeleted = relationshipsCreated = relationshipsDeleted = 0;
        return c;
    }

    /** SET {@code e.key = value}. */
    static void set(Entity e, String key, Object value) {
        if (value == null) {
            e.removeProperty(key);
        } else {
            e.setProperty(key, stored(value));
        }
    }

    private static Object stored(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        if (list.isEmpty() || list.stream().allMatch(String.class::isInstance)) {
            return list.toArray(new String[0]);
        }
        if (list.stream().allMatch(Long.class::isInstance)) {
            return list.stream().mapToLong(Long.class::cast).toArray();
        }
        throw new IllegalArgumentException("expected a list of strings or of longs to store, found " + list);
    }
}

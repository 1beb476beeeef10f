package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

/**
 * One transaction of the core API with what Cypher would add: MERGE by label and id, creates and deletes counted as
 * Cypher's statistics count them, and row values stored as Cypher stores parameters (null removes the property, a
 * list becomes an array of its element type, an empty list an empty {@code String[]}). Shared by
 * {@link CoreGraphWrites}, {@link CoreEvents}, {@link CoreStatements} and {@link CoreRemovals}.
 */
final class CoreTx {

    static final Label ARTICLE = Label.label("Article");
    static final Label EVENT = Label.label("Event");
    static final Label PERSON = Label.label("Person");
    static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");
    static final RelationshipType HOLDS_OFFICE = RelationshipType.withName("HOLDS_OFFICE");
    static final RelationshipType PART_OF = RelationshipType.withName("PART_OF");
    static final RelationshipType REPORTS = RelationshipType.withName("REPORTS");
    static final RelationshipType PARTICIPATED_IN = RelationshipType.withName("PARTICIPATED_IN");
    static final RelationshipType TOOK_PLACE_IN = RelationshipType.withName("TOOK_PLACE_IN");
    static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");

    private final Transaction tx;
    /** The nodes found or created by label and id in this transaction (a batch seeks the same ones many times). */
    private final Map<Label, Map<Object, Node>> nodes = new HashMap<>();
    private long nodesCreated;
    private long nodesDeleted;
    private long relationshipsCreated;
    private long relationshipsDeleted;

    CoreTx(Transaction tx) {
        this.tx = tx;
    }

    Transaction tx() {
        return tx;
    }

    Node node(String elementId) {
        return tx.getNodeByElementId(elementId);
    }

    /** The node with this label and id, or null; seeks the constraint's index once per transaction. */
    Node find(Label label, Object id) {
        Map<Object, Node> byId = nodes.computeIfAbsent(label, l -> new HashMap<>());
        Node n = byId.get(id);
        if (n == null) {
            n = tx.findNode(label, "id", id);
            if (n != null) {
                byId.put(id, n);
            }
        }
        return n;
    }

    /** MERGE by label and id: the node, created with only its id when missing. */
    Node merge(Label label, Object id) {
        Node n = find(label, id);
        return n != null ? n : create(label, id);
    }

    /** MERGE by label and id, ON CREATE with name, wikidata and no aliases. */
    Node mergeEntity(Label label, Object id, Object name, Object wikidata) {
        Node n = find(label, id);
        if (n == null) {
            n = create(label, id);
            set(n, "name", name);
            set(n, "wikidata", wikidata);
            set(n, "aliases", List.of());
        }
        return n;
    }

    private Node create(Label label, Object id) {
        Node n = tx.createNode(label);
        n.setProperty("id", stored(id));
        nodesCreated++;
        nodes.computeIfAbsent(label, l -> new HashMap<>()).put(id, n);
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
        try (ResourceIterable<Relationship> all = n.getRelationships()) {
            rels = all.stream().toList();
        }
        rels.forEach(this::delete);
        n.delete();
        nodesDeleted++;
        nodes.values().forEach(byId -> byId.values().remove(n));
    }

    /** What was counted since the last call. */
    CypherTx.Counts take() {
        CypherTx.Counts c = new CypherTx.Counts(nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted);
        nodesCreated = nodesDeleted = relationshipsCreated = relationshipsDeleted = 0;
        return c;
    }

    /** The relationships {@code (from)-[:type]->(to)}, looked up from the end with the lower degree. */
    static List<Relationship> between(Node from, RelationshipType type, Node to) {
        boolean outgoing = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        return between(from, to, outgoing, type);
    }

    /** The relationships from {@code from} to {@code to} of the types, looked up from {@code from} when outgoing. */
    static List<Relationship> between(Node from, Node to, boolean outgoing, RelationshipType... types) {
        Node near = outgoing ? from : to;
        Node far = outgoing ? to : from;
        List<Relationship> found = new ArrayList<>(1);
        try (ResourceIterable<Relationship> rels =
                     near.getRelationships(outgoing ? Direction.OUTGOING : Direction.INCOMING, types)) {
            for (Relationship r : rels) {
                if (r.getOtherNode(near).equals(far)) {
                    found.add(r);
                }
            }
        }
        return found;
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

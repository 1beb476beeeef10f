package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.newsgraph.extract.StatementType;

/** Reads and writes statement relationships through the core API ({@link CoreGraphWrites}). */
final class CoreStatements {

    private static final RelationshipType[] TYPES =
            GraphWrites.STATEMENT_TYPES.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
    private static final List<String> PROPERTIES =
            List.of("what", "cameo", "date", "event", "evidence", "evidenceArticles", "articles");
    private static final List<String> LISTS = List.of("evidence", "evidenceArticles", "articles");

    private final Transaction tx;
    private final CoreCounter counter;

    CoreStatements(Transaction tx, CoreCounter counter) {
        this.tx = tx;
        this.counter = counter;
    }

    /** The statement relationships from x to t of each pair, by element id. */
    List<Map<String, Object>> between(List<Map<String, Object>> pairs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> pair : pairs) {
            Node x = tx.getNodeByElementId((String) pair.get("x"));
            Node t = tx.getNodeByElementId((String) pair.get("t"));
            boolean outgoing = x.getDegree(Direction.OUTGOING) <= t.getDegree(Direction.INCOMING);
            Node near = outgoing ? x : t;
            Node far = outgoing ? t : x;
            try (ResourceIterable<Relationship> rels =
                         near.getRelationships(outgoing ? Direction.OUTGOING : Direction.INCOMING, TYPES)) {
                for (Relationship r : rels) {
                    if (r.getOtherNode(near).equals(far)) {
                        rows.add(row(pair, r));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("rid")));
        return rows;
    }

    private static Map<String, Object> row(Map<String, Object> pair, Relationship r) {
        Map<String, Object> row = new HashMap<>();
        row.put("x", pair.get("x"));
        row.put("t", pair.get("t"));
        row.put("type", r.getType().name());
        row.put("rid", r.getElementId());
        for (String key : PROPERTIES) {
            Object fallback = LISTS.contains(key) ? new String[0] : null;
            row.put(key, EmbeddedCypherRunner.plain(r.getProperty(key, fallback)));
        }
        return row;
    }

    CypherTx.Counts update(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            set(tx.getRelationshipByElementId((String) row.get("rid")), row);
        }
        return counter.take();
    }

    CypherTx.Counts create(StatementType type, List<Map<String, Object>> rows) {
        RelationshipType relType = RelationshipType.withName(type.name());
        for (Map<String, Object> row : rows) {
            Node x = tx.getNodeByElementId((String) row.get("x"));
            Node t = tx.getNodeByElementId((String) row.get("t"));
            set(counter.create(x, relType, t), row);
        }
        return counter.take();
    }

    private static void set(Relationship r, Map<String, Object> row) {
        PROPERTIES.forEach(k -> CoreCounter.set(r, k, row.get(k)));
    }
}

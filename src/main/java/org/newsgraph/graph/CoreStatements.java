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
import org.newsgraph.extract.StatementType;

/** Reads and writes statement relationships through the core API ({@link CoreGraphWrites}). */
final class CoreStatements {

    private static final RelationshipType[] TYPES =
            GraphWrites.STATEMENT_TYPES.stream().map(RelationshipType::withName).toArray(RelationshipType[]::new);
    private static final List<String> PROPERTIES =
            List.of("what", "cameo", "date", "event", "evidence", "evidenceArticles", "articles");
    private static final List<String> LISTS = List.of("evidence", "evidenceArticles", "articles");

    private final CoreTx core;

    CoreStatements(CoreTx core) {
        this.core = core;
    }

    /** The statement relationships from x to t of each pair, by element id, looked up from the end with fewer. */
    List<Map<String, Object>> between(List<Map<String, Object>> pairs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> pair : pairs) {
            Node x = core.node((String) pair.get("x"));
            Node t = core.node((String) pair.get("t"));
            boolean outgoing = degree(x, Direction.OUTGOING) <= degree(t, Direction.INCOMING);
            CoreTx.between(x, t, outgoing, TYPES).forEach(r -> rows.add(row(pair, r)));
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("rid")));
        return rows;
    }

    /** Statement relationships only: a head of state's many MENTIONS and participations do not count here. */
    private static int degree(Node n, Direction direction) {
        int d = 0;
        for (RelationshipType type : TYPES) {
            d += n.getDegree(type, direction);
        }
        return d;
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
            set(core.tx().getRelationshipByElementId((String) row.get("rid")), row);
        }
        return core.take();
    }

    CypherTx.Counts create(StatementType type, List<Map<String, Object>> rows) {
        RelationshipType relType = RelationshipType.withName(type.name());
        for (Map<String, Object> row : rows) {
            set(core.create(core.node((String) row.get("x")), relType, core.node((String) row.get("t"))), row);
        }
        return core.take();
    }

    private static void set(Relationship r, Map<String, Object> row) {
        PROPERTIES.forEach(k -> CoreTx.set(r, k, row.get(k)));
    }
}

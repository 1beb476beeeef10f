package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/**
 * The element ids of the entity nodes one write transaction touches, so that statements address nodes directly
 * (by element id) and can UNWIND rows of mixed labels. Valid for one transaction only.
 */
final class NodeIds {

    private final Map<String, String> byKey = new HashMap<>();

    void put(String key, String elementId) {
        byKey.put(key, elementId);
    }

    String of(Entity e) {
        String id = byKey.get(e.key());
        if (id == null) {
            throw new IllegalStateException("no node for " + e.key() + " in this transaction (call ensure first)");
        }
        return id;
    }

    /** Makes sure a node exists for each entity (creating missing ones) and knows their element ids. */
    CypherTx.Counts ensure(GraphWrites tx, Collection<Entity> entities) {
        Map<EntityType, Map<String, Map<String, Object>>> missing = new EnumMap<>(EntityType.class);
        for (Entity e : entities) {
            if (!byKey.containsKey(e.key())) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", e.id());
                row.put("name", e.name());
                row.put("wikidata", e.wikidata());
                missing.computeIfAbsent(e.type(), t -> new java.util.LinkedHashMap<>()).put(e.id(), row);
            }
        }
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (var entry : missing.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>(entry.getValue().values());
            CypherTx.Result r = tx.ensureEntities(entry.getKey(), rows);
            for (Map<String, Object> row : r.rows()) {
                byKey.put(entry.getKey().label() + ":" + row.get("id"), (String) row.get("eid"));
            }
            counts = counts.plus(r.counts());
        }
        return counts;
    }
}

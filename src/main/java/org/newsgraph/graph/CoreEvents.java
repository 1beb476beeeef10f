package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;

/** Reads and writes events and their relationships through the core API ({@link CoreGraphWrites}). */
final class CoreEvents {

    private static final List<String> PROPERTIES = List.of("kind", "status", "cameo", "date", "title",
            "startTime", "duration", "trigger", "weekday", "evidence");

    private final CoreTx core;

    CoreEvents(CoreTx core) {
        this.core = core;
    }

    /** The events the nodes participate in, by id, as {@link GraphWrites#candidateEvents} describes the rows. */
    List<Map<String, Object>> candidates(List<String> eids) {
        Map<String, Node> events = new LinkedHashMap<>();
        for (String eid : eids) {
            try (ResourceIterable<Relationship> rels =
                         core.node(eid).getRelationships(Direction.OUTGOING, CoreTx.PARTICIPATED_IN)) {
                for (Relationship r : rels) {
                    Node ev = r.getEndNode();
                    if (ev.hasLabel(CoreTx.EVENT)) {
                        events.putIfAbsent(ev.getElementId(), ev);
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node ev : events.values()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", ev.getProperty("id", null));
            PROPERTIES.forEach(k -> row.put(k, EmbeddedCypherRunner.plain(ev.getProperty(k, null))));
            row.put("evidence", EmbeddedCypherRunner.plain(ev.getProperty("evidence", new String[0])));
            row.put("participants", participants(ev));
            row.put("articles", reporters(ev));
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("id"), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static List<String> reporters(Node ev) {
        List<String> ids = new ArrayList<>();
        try (ResourceIterable<Relationship> rels = ev.getRelationships(Direction.INCOMING, CoreTx.REPORTS)) {
            for (Relationship r : rels) {
                ids.add((String) r.getStartNode().getProperty("id", null));
            }
        }
        return ids;
    }

    /** In the order the store gives the event's relationships, as Cypher's pattern comprehension does. */
    private static List<Map<String, Object>> participants(Node ev) {
        List<Map<String, Object>> list = new ArrayList<>();
        try (ResourceIterable<Relationship> rels = ev.getRelationships(Direction.INCOMING, CoreTx.PARTICIPATED_IN)) {
            for (Relationship r : rels) {
                Node y = r.getStartNode();
                Map<String, Object> p = new HashMap<>();
                Iterator<Label> labels = y.getLabels().iterator();
                p.put("label", labels.hasNext() ? labels.next().name() : null);
                p.put("id", y.getProperty("id", null));
                p.put("name", y.getProperty("name", null));
                p.put("wikidata", y.getProperty("wikidata", null));
                p.put("role", r.getProperty("role", null));
                p.put("eid", y.getElementId());
                list.add(p);
            }
        }
        return list;
    }

    CypherTx.Counts merge(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node e = core.merge(CoreTx.EVENT, row.get("id"));
            PROPERTIES.forEach(k -> CoreTx.set(e, k, row.get(k)));
        }
        return core.take();
    }

    CypherTx.Counts mergeReports(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node a = core.find(CoreTx.ARTICLE, row.get("article"));
            Node e = core.find(CoreTx.EVENT, row.get("event"));
            if (a != null && e != null && CoreTx.between(a, CoreTx.REPORTS, e).isEmpty()) {
                core.create(a, CoreTx.REPORTS, e);
            }
        }
        return core.take();
    }

    /** A participant created with the row's role; an existing one keeps 'convener' or takes the row's role. */
    CypherTx.Counts mergeParticipations(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node x = core.node((String) row.get("x"));
            Node e = core.find(CoreTx.EVENT, row.get("event"));
            if (e == null) {
                continue;
            }
            List<Relationship> found = CoreTx.between(x, CoreTx.PARTICIPATED_IN, e);
            if (found.isEmpty()) {
                found = List.of(core.create(x, CoreTx.PARTICIPATED_IN, e));
            }
            for (Relationship r : found) {
                CoreTx.set(r, "role", "convener".equals(r.getProperty("role", null)) ? "convener" : row.get("role"));
            }
        }
        return core.take();
    }

    /** Merges {@code (Event {id: event})-[:type]->(x)} (TOOK_PLACE_IN, CONCERNS). */
    CypherTx.Counts mergeFromEvent(RelationshipType type, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node x = core.node((String) row.get("x"));
            Node e = core.find(CoreTx.EVENT, row.get("event"));
            if (e != null && CoreTx.between(e, type, x).isEmpty()) {
                core.create(e, type, x);
            }
        }
        return core.take();
    }
}

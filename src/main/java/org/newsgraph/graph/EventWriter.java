package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.event.EventMatcher;

/**
 * Writes events with their participants, place, agreements and the article that reports them.
 *
 * <p>One real event is one node, however many articles report it and however they name and date it: before an event
 * is written, the events its participants already take part in are read back and compared with {@link EventMatcher};
 * a match is merged into the stored node, which keeps its id (statements of other articles point at it).
 * Besides the schema's properties, an event keeps {@code trigger} (the word that named it), {@code weekday} (for a
 * partial date whose text named a weekday) and {@code evidence} (its sentences), which matching needs.
 */
final class EventWriter {

    private final EventMatcher matcher;

    EventWriter(EventMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Writes the article's events; returns the id each of them was stored under (the id of the event it merged into).
     */
    Map<String, String> write(CypherTx tx, String articleId, List<Event> events, Map<String, Integer> weekdays,
                              Counter counts) {
        Map<String, String> storedIds = new HashMap<>();
        for (Event e : events) {
            Integer weekday = weekdays.get(e.id());
            Stored match = findMatch(tx, e, weekday);
            Event toStore = e;
            if (match != null) {
                Event merged = matcher.merge(match.event(), e);
                Entity convener = match.event().convener() != null ? match.event().convener() : e.convener();
                toStore = withId(merged, match.event().id(), convener);
                if (weekday == null || match.weekday() != null) {
                    weekday = match.weekday();
                }
            }
            if (toStore.date() != null && toStore.date().length() == 10) {
                weekday = null;
            }
            storedIds.put(e.id(), toStore.id());
            counts.add(writeNode(tx, articleId, toStore, weekday));
            for (Entity x : toStore.participants()) {
                counts.add(participate(tx, x, toStore.id(), x.equals(toStore.convener())));
            }
            if (toStore.place() != null) {
                counts.add(link(tx, toStore.place(), "TOOK_PLACE_IN", toStore.id(), false));
            }
            for (Entity agreement : toStore.agreements()) {
                counts.add(link(tx, agreement, "CONCERNS", toStore.id(), false));
            }
        }
        return storedIds;
    }

    /** An event read back from the graph, with the weekday stored for its partial date. */
    private record Stored(Event event, Integer weekday) {
    }

    private Stored findMatch(CypherTx tx, Event e, Integer weekday) {
        Map<EntityType, List<String>> byType = new EnumMap<>(EntityType.class);
        for (Entity x : e.participants()) {
            byType.computeIfAbsent(x.type(), t -> new ArrayList<>()).add(x.id());
        }
        Map<String, Stored> candidates = new LinkedHashMap<>();
        for (var entry : byType.entrySet()) {
            List<Map<String, Object>> rows = tx.run("UNWIND $ids AS pid MATCH (:" + entry.getKey().label()
                    + " {id: pid})-[:PARTICIPATED_IN]->(ev:Event) "
                    + """
                    WITH DISTINCT ev
                    RETURN ev.id AS id, ev.kind AS kind, ev.date AS date, ev.status AS status, ev.title AS title,
                           ev.cameo AS cameo, ev.startTime AS startTime, ev.duration AS duration,
                           ev.trigger AS trigger, ev.weekday AS weekday, coalesce(ev.evidence, []) AS evidence,
                           [(y)-[r:PARTICIPATED_IN]->(ev) | {label: labels(y)[0], id: y.id, name: y.name,
                                                             wikidata: y.wikidata, role: r.role}] AS participants
                    ORDER BY id
                    """, Map.of("ids", entry.getValue())).rows();
            for (Map<String, Object> row : rows) {
                candidates.putIfAbsent((String) row.get("id"), stored(row));
            }
        }
        for (Stored c : candidates.values()) {
            if (matcher.sameEvent(c.event(), c.weekday(), e, weekday)) {
                return c;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Stored stored(Map<String, Object> row) {
        List<Entity> participants = new ArrayList<>();
        Entity convener = null;
        for (Map<String, Object> p : (List<Map<String, Object>>) row.get("participants")) {
            Entity x = new Entity((String) p.get("id"), EntityType.valueOf((String) p.get("label")),
                    (String) p.get("name"), (String) p.get("wikidata"));
            participants.add(x);
            if ("convener".equals(p.get("role"))) {
                convener = x;
            }
        }
        Event e = new Event((String) row.get("id"), EventKind.fromId((String) row.get("kind")), (String) row.get("date"),
                EventStatus.fromId((String) row.get("status")), (String) row.get("title"), (String) row.get("cameo"),
                (String) row.get("startTime"), (String) row.get("duration"), participants, null, List.of(),
                (List<String>) row.get("evidence"), (String) row.get("trigger"), convener);
        Number weekday = (Number) row.get("weekday");
        return new Stored(e, weekday == null ? null : weekday.intValue());
    }

    private static Event withId(Event e, String id, Entity convener) {
        return new Event(id, e.kind(), e.date(), e.status(), e.title(), e.cameo(), e.startTime(), e.duration(),
                e.participants(), e.place(), e.agreements(), e.evidence(), e.trigger(),
                convener != null && e.participants().contains(convener) ? convener : null);
    }

    /** (x)-[:PARTICIPATED_IN {role}]->(event); role is "convener" for the one the others met with. */
    private static CypherTx.Counts participate(CypherTx tx, Entity x, String eventId, boolean convener) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", x.id());
        p.put("name", x.name());
        p.put("wikidata", x.wikidata());
        p.put("event", eventId);
        p.put("role", convener ? "convener" : "participant");
        return tx.run("MERGE (x:" + x.type().label() + " {id: $id}) "
                + "ON CREATE SET x.name = $name, x.wikidata = $wikidata, x.aliases = [] "
                + "WITH x MATCH (e:Event {id: $event}) MERGE (x)-[r:PARTICIPATED_IN]->(e) "
                + "SET r.role = CASE WHEN r.role = 'convener' THEN 'convener' ELSE $role END", p).counts();
    }

    private static CypherTx.Counts writeNode(CypherTx tx, String articleId, Event e, Integer weekday) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", e.id());
        p.put("kind", e.kind().id());
        p.put("date", e.date());
        p.put("status", e.status().id());
        p.put("title", e.title());
        p.put("cameo", e.cameo());
        p.put("startTime", e.startTime());
        p.put("duration", e.duration());
        p.put("trigger", e.trigger());
        p.put("weekday", weekday == null ? null : weekday.longValue());
        p.put("evidence", e.evidence());
        p.put("article", articleId);
        return tx.run("""
                MERGE (e:Event {id: $id})
                SET e.kind = $kind, e.status = $status, e.cameo = $cameo, e.date = $date, e.title = $title,
                    e.startTime = $startTime, e.duration = $duration, e.trigger = $trigger, e.weekday = $weekday,
                    e.evidence = $evidence
                WITH e
                MATCH (a:Article {id: $article})
                MERGE (a)-[:REPORTS]->(e)
                """, p).counts();
    }

    /** (entity)-[:TYPE]->(event) when {@code fromEntity}, else (event)-[:TYPE]->(entity). */
    private static CypherTx.Counts link(CypherTx tx, Entity x, String type, String eventId, boolean fromEntity) {
        String pattern = fromEntity ? "(x)-[:" + type + "]->(e)" : "(e)-[:" + type + "]->(x)";
        Map<String, Object> p = new HashMap<>();
        p.put("id", x.id());
        p.put("name", x.name());
        p.put("wikidata", x.wikidata());
        p.put("event", eventId);
        return tx.run("MERGE (x:" + x.type().label() + " {id: $id}) "
                + "ON CREATE SET x.name = $name, x.wikidata = $wikidata, x.aliases = [] "
                + "WITH x MATCH (e:Event {id: $event}) MERGE " + pattern, p).counts();
    }

    /** Removes an article's reports; events no other article reports go with it. */
    CypherTx.Counts removeArticle(CypherTx tx, String articleId) {
        return tx.run("""
                MATCH (:Article {id: $id})-[r:REPORTS]->(e:Event)
                DELETE r
                WITH DISTINCT e
                WHERE NOT EXISTS { MATCH (:Article)-[:REPORTS]->(e) }
                DETACH DELETE e
                """, Map.of("id", articleId)).counts();
    }

    /** Adds up the counts of the statements a write runs. */
    static final class Counter {
        private CypherTx.Counts total = CypherTx.Counts.NONE;

        void add(CypherTx.Counts c) {
            total = total.plus(c);
        }

        CypherTx.Counts total() {
            return total;
        }
    }
}

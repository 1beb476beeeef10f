package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Event;

/**
 * Writes events with their participants, place, agreements and the article that reports them.
 * One real event is one node: an event whose id is already in the graph gains the new report and details.
 */
final class EventWriter {

    CypherTx.Counts write(CypherTx tx, String articleId, List<Event> events) {
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (Event e : events) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", e.id());
            p.put("kind", e.kind().id());
            p.put("date", e.date());
            p.put("status", e.status().id());
            p.put("title", e.title());
            p.put("cameo", e.cameo());
            p.put("startTime", e.startTime());
            p.put("duration", e.duration());
            p.put("article", articleId);
            counts = counts.plus(tx.run("""
                    MERGE (e:Event {id: $id})
                    SET e.kind = $kind, e.status = $status, e.cameo = $cameo,
                        e.date = coalesce($date, e.date), e.title = coalesce(e.title, $title),
                        e.startTime = coalesce(e.startTime, $startTime), e.duration = coalesce(e.duration, $duration)
                    WITH e
                    MATCH (a:Article {id: $article})
                    MERGE (a)-[:REPORTS]->(e)
                    """, p).counts());
            for (Entity x : e.participants()) {
                counts = counts.plus(link(tx, x, "PARTICIPATED_IN", e.id(), true));
            }
            if (e.place() != null) {
                counts = counts.plus(link(tx, e.place(), "TOOK_PLACE_IN", e.id(), false));
            }
            for (Entity agreement : e.agreements()) {
                counts = counts.plus(link(tx, agreement, "CONCERNS", e.id(), false));
            }
        }
        return counts;
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
}

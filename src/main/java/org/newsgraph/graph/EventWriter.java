package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventKind;
import org.newsgraph.extract.EventStatus;
import org.newsgraph.extract.event.EventMatcher;

/**
 * Writes the events of a batch of articles with their participants, place, agreements and reporting articles.
 *
 * <p>One real event is one node, however many articles report it and however they name and date it: the events the
 * batch's participants already take part in are read back once, every incoming event is compared with them (and with
 * the batch's earlier events) by {@link EventMatcher}, and a match is merged into the stored node, which keeps its id
 * (statements of other articles point at it); of several matches, the one with the smallest id. Within one article, a visit and the meetings held
 * during it stay apart ({@link EventMatcher#keptApart}), as the extractor kept them. Then the batch is
 * written with one call per kind of write. A batch gives the graph that writing its articles one by one gives.
 * Besides the schema's properties an event keeps {@code trigger} (the word that named it), {@code weekday} (for a
 * partial date whose text named a weekday) and {@code evidence} (its sentences), which matching needs.
 */
final class EventWriter {

    /** What writing a batch's events did: where each event went ("article\u0000event id" -> stored id). */
    record Written(Map<String, String> storedIds, CypherTx.Counts counts) {
    }

    /**
     * An event as stored (or to be stored), with the weekday kept for its partial date and the places its reports in
     * this batch name (an event keeps every place a report gives it, as when each report is written on its own).
     */
    /** @param articles the ids of the articles that report the event (so far, with this batch) */
    private record Stored(Event event, Integer weekday, Set<Entity> places, Set<String> articles) {
    }

    private final EventMatcher matcher;

    EventWriter(EventMatcher matcher) {
        this.matcher = matcher;
    }

    static String key(String article, String eventId) {
        return article + "\u0000" + eventId;
    }

    Written write(GraphWrites tx, List<ArticleFacts> batch, NodeIds ids) {
        Set<Entity> entities = new LinkedHashSet<>();
        for (ArticleFacts f : batch) {
            for (Event e : f.events()) {
                entities.addAll(e.participants());
                entities.addAll(e.agreements());
                if (e.place() != null) {
                    entities.add(e.place());
                }
            }
        }
        if (entities.isEmpty()) {
            return new Written(Map.of(), CypherTx.Counts.NONE);
        }
        CypherTx.Counts counts = ids.ensure(tx, entities);
        Map<String, Stored> known = candidates(tx, entities, ids);
        Map<String, String> storedIds = new HashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        List<Map<String, Object>> reports = new ArrayList<>();
        for (ArticleFacts f : batch) {
            for (Event e : f.events()) {
                Stored s = place(known, e, f.eventWeekdays().get(e.id()), f.article().id());
                storedIds.put(key(f.article().id(), e.id()), s.event().id());
                touched.add(s.event().id());
                reports.add(Map.of("article", f.article().id(), "event", s.event().id()));
            }
        }
        counts = counts.plus(writeAll(tx, touched, known, reports, ids));
        return new Written(storedIds, counts);
    }

    /**
     * Merges an incoming event into the known one of the same id, else into the one with the smallest id among those
     * it matches, or adds it; returns where it went. Choosing by id, not by the order the events were read or
     * created in, makes the choice the same whether the candidates were committed before or written earlier in this
     * batch, so the graph does not depend on how the articles were batched.
     */
    private Stored place(Map<String, Stored> known, Event e, Integer weekday, String article) {
        Stored match = known.get(e.id());
        if (match == null) {
            for (Stored c : known.values()) {
                if (!(c.articles().contains(article) && matcher.keptApart(c.event(), e)) && matcher.sameEvent(c.event(), c.weekday(), e, weekday)
                        && (match == null || c.event().id().compareTo(match.event().id()) < 0)) {
                    match = c;
                }
            }
        }
        Set<Entity> places = new LinkedHashSet<>();
        Stored result;
        if (match == null) {
            result = new Stored(e, fullDate(e) ? null : weekday, places, new LinkedHashSet<>(Set.of(article)));
        } else {
            places.addAll(match.places());
            Entity convener = match.event().convener() != null ? match.event().convener() : e.convener();
            Event merged = withId(matcher.merge(match.event(), e), match.event().id(), convener);
            Integer w = weekday == null || match.weekday() != null ? match.weekday() : weekday;
            Set<String> articles = new LinkedHashSet<>(match.articles());
            articles.add(article);
            result = new Stored(merged, fullDate(merged) ? null : w, places, articles);
        }
        if (e.place() != null) {
            places.add(e.place());
        }
        known.put(result.event().id(), result);
        return result;
    }

    private static boolean fullDate(Event e) {
        return e.date() != null && e.date().length() == 10;
    }

    /** The stored events any of the entities takes part in, by id order. */
    @SuppressWarnings("unchecked")
    private static Map<String, Stored> candidates(GraphWrites tx, Set<Entity> entities, NodeIds ids) {
        List<String> eids = entities.stream().map(ids::of).toList();
        List<Map<String, Object>> rows = tx.candidateEvents(eids);
        Map<String, Stored> known = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            List<Entity> participants = new ArrayList<>();
            Entity convener = null;
            for (Map<String, Object> p : (List<Map<String, Object>>) row.get("participants")) {
                Entity x = new Entity((String) p.get("id"), EntityType.valueOf((String) p.get("label")),
                        (String) p.get("name"), (String) p.get("wikidata"));
                ids.put(x.key(), (String) p.get("eid"));
                participants.add(x);
                if ("convener".equals(p.get("role"))) {
                    convener = x;
                }
            }
            Event e = new Event((String) row.get("id"), EventKind.fromId((String) row.get("kind")),
                    (String) row.get("date"), EventStatus.fromId((String) row.get("status")),
                    (String) row.get("title"), (String) row.get("cameo"), (String) row.get("startTime"),
                    (String) row.get("duration"), participants, null, List.of(), (List<String>) row.get("evidence"),
                    (String) row.get("trigger"), convener);
            Number weekday = (Number) row.get("weekday");
            known.put(e.id(), new Stored(e, weekday == null ? null : weekday.intValue(), Set.of(),
                    new LinkedHashSet<>((List<String>) row.get("articles"))));
        }
        return known;
    }

    private static Event withId(Event e, String id, Entity convener) {
        return new Event(id, e.kind(), e.date(), e.status(), e.title(), e.cameo(), e.startTime(), e.duration(),
                e.participants(), e.place(), e.agreements(), e.evidence(), e.trigger(),
                convener != null && e.participants().contains(convener) ? convener : null);
    }

    private static CypherTx.Counts writeAll(GraphWrites tx, Set<String> touched, Map<String, Stored> known,
                                            List<Map<String, Object>> reports, NodeIds ids) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> participations = new ArrayList<>();
        List<Map<String, Object>> places = new ArrayList<>();
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (String id : touched) {
            Stored s = known.get(id);
            Event e = s.event();
            nodes.add(nodeRow(e, s.weekday()));
            for (Entity x : e.participants()) {
                participations.add(Map.of("x", ids.of(x), "event", id,
                        "role", x.equals(e.convener()) ? "convener" : "participant"));
            }
            for (Entity p : s.places()) {
                places.add(Map.of("x", ids.of(p), "event", id));
            }
            for (Entity a : e.agreements()) {
                agreements.add(Map.of("x", ids.of(a), "event", id));
            }
        }
        return tx.mergeEvents(nodes).plus(tx.mergeReports(reports)).plus(tx.mergeParticipations(participations))
                .plus(tx.mergePlaces(places)).plus(tx.mergeAgreements(agreements));
    }

    private static Map<String, Object> nodeRow(Event e, Integer weekday) {
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
        return p;
    }
}

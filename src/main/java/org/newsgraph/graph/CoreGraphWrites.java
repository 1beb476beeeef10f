package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;

/**
 * {@link GraphWrites} through the embedded store's core API: index seeks by label and id (the uniqueness
 * constraints' indexes), node and relationship creation, property access. It gives the graph and the counts
 * {@link CypherGraphWrites} gives; the removals and statement relationships live in {@link CoreRemovals} and
 * {@link CoreStatements}.
 *
 * <p>Design decision: a relationship is looked up from the end with the lower degree, since an entity such as a head
 * of state collects thousands of relationships while an article or an event has a few.
 */
final class CoreGraphWrites implements GraphWrites {

    static final Label ARTICLE = Label.label("Article");
    static final Label EVENT = Label.label("Event");
    static final Label PERSON = Label.label("Person");
    static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");
    static final RelationshipType HOLDS_OFFICE = RelationshipType.withName("HOLDS_OFFICE");
    static final RelationshipType REPORTS = RelationshipType.withName("REPORTS");
    static final RelationshipType PARTICIPATED_IN = RelationshipType.withName("PARTICIPATED_IN");
    static final RelationshipType TOOK_PLACE_IN = RelationshipType.withName("TOOK_PLACE_IN");
    static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");
    private static final List<String> ARTICLE_PROPERTIES =
            List.of("title", "source", "url", "published", "language", "path", "sha256");
    private static final List<String> EVENT_PROPERTIES = List.of("kind", "status", "cameo", "date", "title",
            "startTime", "duration", "trigger", "weekday", "evidence");

    private final Transaction tx;
    private final CoreCounter counter = new CoreCounter();
    /** The nodes found or created by label and id in this transaction (a batch seeks the same ones many times). */
    private final Map<Label, Map<Object, Node>> nodes = new HashMap<>();

    CoreGraphWrites(Transaction tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, Object> articleShas(List<String> ids) {
        Map<String, Object> shas = new HashMap<>();
        for (String id : ids) {
            Node a = find(ARTICLE, id);
            if (a != null) {
                shas.put(id, a.getProperty("sha256", null));
            }
        }
        return shas;
    }

    @Override
    public boolean isStored(String id, String sha256) {
        Node a = find(ARTICLE, id);
        return a != null && Objects.equals(sha256, a.getProperty("sha256", null));
    }

    @Override
    public CypherTx.Counts mergeArticles(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node a = merge(ARTICLE, row.get("id"));
            ARTICLE_PROPERTIES.forEach(k -> CoreCounter.set(a, k, row.get(k)));
        }
        return counter.take();
    }

    @Override
    public CypherTx.Counts removeMentions(String articleId) {
        nodes.clear();
        return new CoreRemovals(tx, counter).mentions(articleId);
    }

    @Override
    public CypherTx.Counts removeReports(String articleId) {
        nodes.clear();
        return new CoreRemovals(tx, counter).reports(articleId);
    }

    @Override
    public CypherTx.Counts removeStatementEvidence(String articleId) {
        nodes.clear();
        return new CoreRemovals(tx, counter).statementEvidence(articleId);
    }

    @Override
    public CypherTx.Result mergeMentions(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        Map<String, String> eids = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Node n = merge(label, row.get("id"));
            Object name = row.get("name");
            if (!n.hasProperty("name") || name != null && !name.equals(n.getProperty("name"))) {
                CoreCounter.set(n, "name", name);
            }
            if (row.get("wikidata") != null && !n.hasProperty("wikidata")) {
                CoreCounter.set(n, "wikidata", row.get("wikidata"));
            }
            String[] stored = (String[]) n.getProperty("aliases", null);
            List<Object> aliases = stored == null ? new ArrayList<>() : new ArrayList<>(List.of(stored));
            List<?> fresh = ((List<?>) row.get("aliases")).stream().filter(x -> !aliases.contains(x)).toList();
            if (stored == null || !fresh.isEmpty()) {
                aliases.addAll(fresh);
                CoreCounter.set(n, "aliases", aliases);
            }
            Node article = find(ARTICLE, row.get("article"));
            if (article != null) {
                Relationship m = counter.create(article, MENTIONS, n);
                CoreCounter.set(m, "count", row.get("count"));
                CoreCounter.set(m, "sentences", row.get("sentences"));
                eids.computeIfAbsent((String) row.get("id"), k -> n.getElementId());
            }
        }
        return result(eids);
    }

    @Override
    public CypherTx.Counts mergeOffices(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        for (Map<String, Object> row : rows) {
            Node o = mergeEntity(label, row.get("of"), row.get("ofName"), row.get("ofWikidata"));
            Node p = mergeEntity(PERSON, row.get("person"), row.get("personName"), row.get("personWikidata"));
            Relationship held = null;
            for (Relationship h : between(p, HOLDS_OFFICE, o)) {
                if (row.get("title") != null && row.get("title").equals(h.getProperty("title", null))
                        && h.getProperty("since", "").equals(Objects.requireNonNullElse(row.get("since"), ""))) {
                    held = h;
                    break;
                }
            }
            if (held == null) {
                Relationship h = counter.create(p, HOLDS_OFFICE, o);
                List.of("title", "since", "until").forEach(k -> CoreCounter.set(h, k, row.get(k)));
            } else if (!held.hasProperty("until")) {
                CoreCounter.set(held, "until", row.get("until"));
            }
        }
        return counter.take();
    }

    @Override
    public CypherTx.Result ensureEntities(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Node n = mergeEntity(label, row.get("id"), row.get("name"), row.get("wikidata"));
            out.add(Map.of("id", row.get("id"), "eid", n.getElementId()));
        }
        return new CypherTx.Result(out, counter.take());
    }

    @Override
    public List<Map<String, Object>> candidateEvents(List<String> eids) {
        Map<String, Node> events = new LinkedHashMap<>();
        for (String eid : eids) {
            try (ResourceIterable<Relationship> rels =
                         tx.getNodeByElementId(eid).getRelationships(Direction.OUTGOING, PARTICIPATED_IN)) {
                for (Relationship r : rels) {
                    Node ev = r.getEndNode();
                    if (ev.hasLabel(EVENT)) {
                        events.putIfAbsent(ev.getElementId(), ev);
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node ev : events.values()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", ev.getProperty("id", null));
            EVENT_PROPERTIES.forEach(k -> row.put(k, EmbeddedCypherRunner.plain(ev.getProperty(k, null))));
            row.put("evidence", EmbeddedCypherRunner.plain(ev.getProperty("evidence", new String[0])));
            row.put("participants", participants(ev));
            rows.add(row);
        }
        rows.sort(Comparator.comparing(r -> (String) r.get("id"), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    private static List<Map<String, Object>> participants(Node ev) {
        List<Map<String, Object>> list = new ArrayList<>();
        try (ResourceIterable<Relationship> rels = ev.getRelationships(Direction.INCOMING, PARTICIPATED_IN)) {
            for (Relationship r : rels) {
                Node y = r.getStartNode();
                Map<String, Object> p = new HashMap<>();
                java.util.Iterator<Label> labels = y.getLabels().iterator();
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

    @Override
    public CypherTx.Counts mergeEvents(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node e = merge(EVENT, row.get("id"));
            EVENT_PROPERTIES.forEach(k -> CoreCounter.set(e, k, row.get(k)));
        }
        return counter.take();
    }

    @Override
    public CypherTx.Counts mergeReports(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node a = find(ARTICLE, row.get("article"));
            Node e = find(EVENT, row.get("event"));
            if (a != null && e != null && between(a, REPORTS, e).isEmpty()) {
                counter.create(a, REPORTS, e);
            }
        }
        return counter.take();
    }

    @Override
    public CypherTx.Counts mergeParticipations(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node x = tx.getNodeByElementId((String) row.get("x"));
            Node e = find(EVENT, row.get("event"));
            if (e == null) {
                continue;
            }
            List<Relationship> found = between(x, PARTICIPATED_IN, e);
            if (found.isEmpty()) {
                found = List.of(counter.create(x, PARTICIPATED_IN, e));
            }
            for (Relationship r : found) {
                CoreCounter.set(r, "role", "convener".equals(r.getProperty("role", null)) ? "convener"
                        : row.get("role"));
            }
        }
        return counter.take();
    }

    @Override
    public CypherTx.Counts mergePlaces(List<Map<String, Object>> rows) {
        return mergeFromEvent(TOOK_PLACE_IN, rows);
    }

    @Override
    public CypherTx.Counts mergeAgreements(List<Map<String, Object>> rows) {
        return mergeFromEvent(CONCERNS, rows);
    }

    /** Merges {@code (Event {id: event})-[:type]->(x)}. */
    private CypherTx.Counts mergeFromEvent(RelationshipType type, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node x = tx.getNodeByElementId((String) row.get("x"));
            Node e = find(EVENT, row.get("event"));
            if (e != null && between(e, type, x).isEmpty()) {
                counter.create(e, type, x);
            }
        }
        return counter.take();
    }

    @Override
    public List<Map<String, Object>> statementsBetween(List<Map<String, Object>> pairs) {
        return new CoreStatements(tx, counter).between(pairs);
    }

    @Override
    public CypherTx.Counts updateStatements(List<Map<String, Object>> rows) {
        return new CoreStatements(tx, counter).update(rows);
    }

    @Override
    public CypherTx.Counts createStatements(StatementType type, List<Map<String, Object>> rows) {
        return new CoreStatements(tx, counter).create(type, rows);
    }

    /** MERGE by label and id: the node, created with only its id when missing. */
    private Node merge(Label label, Object id) {
        Node n = find(label, id);
        return n != null ? n : created(label, id);
    }

    /** MERGE by label and id, ON CREATE with name, wikidata and no aliases. */
    private Node mergeEntity(Label label, Object id, Object name, Object wikidata) {
        Node n = find(label, id);
        if (n == null) {
            n = created(label, id);
            CoreCounter.set(n, "name", name);
            CoreCounter.set(n, "wikidata", wikidata);
            CoreCounter.set(n, "aliases", List.of());
        }
        return n;
    }

    /** The node with this label and id, or null; seeks the constraint's index once per transaction. */
    private Node find(Label label, Object id) {
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

    private Node created(Label label, Object id) {
        Node n = counter.create(tx, label, id);
        nodes.computeIfAbsent(label, l -> new HashMap<>()).put(id, n);
        return n;
    }

    /** The relationships {@code (from)-[:type]->(to)}, looked up from the end with the lower degree. */
    static List<Relationship> between(Node from, RelationshipType type, Node to) {
        boolean outgoing = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        Node near = outgoing ? from : to;
        Node far = outgoing ? to : from;
        List<Relationship> found = new ArrayList<>(1);
        try (ResourceIterable<Relationship> rels =
                     near.getRelationships(outgoing ? Direction.OUTGOING : Direction.INCOMING, type)) {
            for (Relationship r : rels) {
                if (r.getOtherNode(near).equals(far)) {
                    found.add(r);
                }
            }
        }
        return found;
    }

    private CypherTx.Result result(Map<String, String> eids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        eids.forEach((id, eid) -> rows.add(Map.of("id", id, "eid", eid)));
        return new CypherTx.Result(rows, counter.take());
    }
}

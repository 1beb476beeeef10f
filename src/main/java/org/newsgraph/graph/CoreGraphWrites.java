package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;

/**
 * {@link GraphWrites} through the embedded store's core API: index seeks by label and id (the uniqueness
 * constraints' indexes), node and relationship creation, property access. It gives the graph and the counts
 * {@link CypherGraphWrites} gives, rows in the same order; articles, entities and offices are written here, events in
 * {@link CoreEvents}, statements in {@link CoreStatements}, removals in {@link CoreRemovals}.
 *
 * <p>Design decision: a relationship is looked up from the end with the lower degree, since an entity such as a head
 * of state collects thousands of relationships while an article or an event has a few.
 */
final class CoreGraphWrites implements GraphWrites {

    private static final List<String> ARTICLE_PROPERTIES =
            List.of("title", "source", "url", "published", "language", "path", "sha256");

    private final CoreTx core;
    private final CoreEvents events;
    private final CoreStatements statements;
    private final CoreRemovals removals;

    CoreGraphWrites(Transaction tx) {
        this.core = new CoreTx(tx);
        this.events = new CoreEvents(core);
        this.statements = new CoreStatements(core);
        this.removals = new CoreRemovals(core);
    }

    @Override
    public Map<String, Object> articleShas(List<String> ids) {
        Map<String, Object> shas = new HashMap<>();
        for (String id : ids) {
            Node a = core.find(CoreTx.ARTICLE, id);
            if (a != null) {
                shas.put(id, a.getProperty("sha256", null));
            }
        }
        return shas;
    }

    @Override
    public boolean isStored(String id, String sha256) {
        Node a = core.find(CoreTx.ARTICLE, id);
        return a != null && Objects.equals(sha256, a.getProperty("sha256", null));
    }

    @Override
    public CypherTx.Counts mergeArticles(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node a = core.merge(CoreTx.ARTICLE, row.get("id"));
            ARTICLE_PROPERTIES.forEach(k -> CoreTx.set(a, k, row.get(k)));
        }
        return core.take();
    }

    @Override
    public CypherTx.Counts removeMentions(String articleId) {
        return removals.mentions(articleId);
    }

    @Override
    public CypherTx.Counts removeReports(String articleId) {
        return removals.reports(articleId);
    }

    @Override
    public CypherTx.Counts removeStatementEvidence(String articleId) {
        return removals.statementEvidence(articleId);
    }

    @Override
    public CypherTx.Result mergeMentions(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        Map<String, String> eids = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Node n = core.merge(label, row.get("id"));
            Object name = row.get("name");
            if (!n.hasProperty("name") || name != null && !name.equals(n.getProperty("name"))) {
                CoreTx.set(n, "name", name);
            }
            if (row.get("wikidata") != null && !n.hasProperty("wikidata")) {
                CoreTx.set(n, "wikidata", row.get("wikidata"));
            }
            String[] stored = (String[]) n.getProperty("aliases", null);
            List<Object> aliases = stored == null ? new ArrayList<>() : new ArrayList<>(List.of(stored));
            List<?> fresh = ((List<?>) row.get("aliases")).stream().filter(x -> !aliases.contains(x)).toList();
            if (stored == null || !fresh.isEmpty()) {
                aliases.addAll(fresh);
                CoreTx.set(n, "aliases", aliases);
            }
            Node article = core.find(CoreTx.ARTICLE, row.get("article"));
            if (article != null) {
                Relationship m = core.create(article, CoreTx.MENTIONS, n);
                CoreTx.set(m, "count", row.get("count"));
                CoreTx.set(m, "sentences", row.get("sentences"));
                eids.computeIfAbsent((String) row.get("id"), k -> n.getElementId());
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        eids.forEach((id, eid) -> out.add(Map.of("id", id, "eid", eid)));
        return new CypherTx.Result(out, core.take());
    }

    @Override
    public CypherTx.Counts mergeParts(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        for (Map<String, Object> row : rows) {
            Node whole = core.mergeEntity(label, row.get("whole"), row.get("wholeName"), row.get("wholeWikidata"));
            Node part = core.mergeEntity(Label.label(EntityType.Organization.label()), row.get("part"),
                    row.get("partName"), null);
            if (CoreTx.between(part, CoreTx.PART_OF, whole).isEmpty()) {
                core.create(part, CoreTx.PART_OF, whole);
            }
        }
        return core.take();
    }

    @Override
    public CypherTx.Counts setAgreementStatus(List<Map<String, Object>> rows, List<String> order) {
        Label label = Label.label(EntityType.Agreement.label());
        for (Map<String, Object> row : rows) {
            Node a = core.find(label, row.get("id"));
            if (a == null) {
                continue;
            }
            Object stored = a.getProperty("status", null);
            if (stored == null || order.indexOf(stored) < order.indexOf(row.get("status"))) {
                CoreTx.set(a, "status", row.get("status"));
            }
        }
        return core.take();
    }

    @Override
    public CypherTx.Counts mergeOffices(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        for (Map<String, Object> row : rows) {
            Node o = core.mergeEntity(label, row.get("of"), row.get("ofName"), row.get("ofWikidata"));
            Node p = core.mergeEntity(CoreTx.PERSON, row.get("person"), row.get("personName"),
                    row.get("personWikidata"));
            Relationship held = null;
            for (Relationship h : CoreTx.between(p, CoreTx.HOLDS_OFFICE, o)) {
                if (row.get("title") != null && row.get("title").equals(h.getProperty("title", null))
                        && h.getProperty("since", "").equals(Objects.requireNonNullElse(row.get("since"), ""))) {
                    held = h;
                    break;
                }
            }
            if (held == null) {
                Relationship h = core.create(p, CoreTx.HOLDS_OFFICE, o);
                List.of("title", "since", "until").forEach(k -> CoreTx.set(h, k, row.get(k)));
            } else if (!held.hasProperty("until")) {
                CoreTx.set(held, "until", row.get("until"));
            }
        }
        return core.take();
    }

    @Override
    public CypherTx.Result ensureEntities(EntityType type, List<Map<String, Object>> rows) {
        Label label = Label.label(type.label());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Node n = core.mergeEntity(label, row.get("id"), row.get("name"), row.get("wikidata"));
            out.add(Map.of("id", row.get("id"), "eid", n.getElementId()));
        }
        return new CypherTx.Result(out, core.take());
    }

    @Override
    public List<Map<String, Object>> candidateEvents(List<String> eids) {
        return events.candidates(eids);
    }

    @Override
    public CypherTx.Counts mergeEvents(List<Map<String, Object>> rows) {
        return events.merge(rows);
    }

    @Override
    public CypherTx.Counts mergeReports(List<Map<String, Object>> rows) {
        return events.mergeReports(rows);
    }

    @Override
    public CypherTx.Counts mergeParticipations(List<Map<String, Object>> rows) {
        return events.mergeParticipations(rows);
    }

    @Override
    public CypherTx.Counts mergePlaces(List<Map<String, Object>> rows) {
        return events.mergeFromEvent(CoreTx.TOOK_PLACE_IN, rows);
    }

    @Override
    public CypherTx.Counts mergeAgreements(List<Map<String, Object>> rows) {
        return events.mergeFromEvent(CoreTx.CONCERNS, rows);
    }

    @Override
    public List<Map<String, Object>> statementsBetween(List<Map<String, Object>> pairs) {
        return statements.between(pairs);
    }

    @Override
    public CypherTx.Counts updateStatements(List<Map<String, Object>> rows) {
        return statements.update(rows);
    }

    @Override
    public CypherTx.Counts createStatements(StatementType type, List<Map<String, Object>> rows) {
        return statements.create(type, rows);
    }
}

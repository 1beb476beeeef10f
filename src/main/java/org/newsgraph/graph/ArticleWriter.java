package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Office;
import org.newsgraph.ingest.Article;

/**
 * Decides what one batch of articles writes, inside one transaction, through {@link GraphWrites}: the articles,
 * their entities and mentions, offices, events and statements. Replacing a changed article first removes what the
 * old version contributed.
 */
final class ArticleWriter {

    private final EventWriter events;
    private final StatementWriter statements = new StatementWriter();
    /** Offices this writer has already put in the store; offices are never removed, so they need writing once. */
    private final java.util.Set<Office> officesWritten = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ArticleWriter(org.newsgraph.extract.event.EventMatcher matcher) {
        this.events = new EventWriter(matcher);
    }

    /** Offices written in the current transaction; remembered only once it commits ({@link #committed()}). */
    private final List<Office> pendingOffices = new ArrayList<>();

    /** The transaction of the last {@link #write} committed: its offices are in the store. */
    void committed() {
        officesWritten.addAll(pendingOffices);
        pendingOffices.clear();
    }

    /** The transaction of the last {@link #write} was rolled back. */
    void rolledBack() {
        pendingOffices.clear();
    }

    /**
     * Writes a batch of articles in the caller's transaction with one call per kind of fact for the whole batch (a
     * Cypher statement's fixed cost dominates small writes). Articles already stored with the same sha256 are left
     * alone; changed ones first lose what their old version contributed.
     */
    GraphStore.BatchResult write(GraphWrites tx, List<ArticleFacts> batch) {
        List<GraphStore.Outcome> outcomes = new ArrayList<>();
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        List<ArticleFacts> run = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ArticleFacts f : batch) {
            if (!ids.add(f.article().id())) {
                // The same article twice in a batch: write what came before first, as two transactions would.
                GraphStore.BatchResult r = writeRun(tx, run);
                outcomes.addAll(r.outcomes());
                counts = counts.plus(r.counts());
                run.clear();
                ids.clear();
                ids.add(f.article().id());
            }
            run.add(f);
        }
        GraphStore.BatchResult r = writeRun(tx, run);
        outcomes.addAll(r.outcomes());
        return new GraphStore.BatchResult(outcomes, counts.plus(r.counts()));
    }

    /** Writes articles with distinct ids. */
    private GraphStore.BatchResult writeRun(GraphWrites tx, List<ArticleFacts> batch) {
        Map<String, ArticleFacts> byId = new LinkedHashMap<>();
        for (ArticleFacts f : batch) {
            byId.put(f.article().id(), f);
        }
        Map<String, Object> shas = new HashMap<>(tx.articleShas(new ArrayList<>(byId.keySet())));
        List<GraphStore.Outcome> outcomes = new ArrayList<>();
        List<ArticleFacts> toWrite = new ArrayList<>();
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (ArticleFacts f : batch) {
            Article a = f.article();
            if (!shas.containsKey(a.id())) {
                outcomes.add(GraphStore.Outcome.CREATED);
            } else if (a.sha256().equals(shas.get(a.id()))) {
                outcomes.add(GraphStore.Outcome.UNCHANGED);
                continue;
            } else {
                outcomes.add(GraphStore.Outcome.REPLACED);
                counts = counts.plus(removeFacts(tx, a.id()));
            }
            shas.put(a.id(), a.sha256());
            toWrite.add(f);
        }
        if (toWrite.isEmpty()) {
            return new GraphStore.BatchResult(outcomes, counts);
        }
        counts = counts.plus(tx.mergeArticles(toWrite.stream().map(f -> articleParams(f.article())).toList()));
        NodeIds ids = new NodeIds();
        counts = counts.plus(writeMentions(tx, toWrite, ids));
        List<Office> offices = new ArrayList<>();
        toWrite.forEach(f -> f.offices().stream().filter(o -> !officesWritten.contains(o)).forEach(offices::add));
        counts = counts.plus(writeOffices(tx, offices));
        pendingOffices.addAll(offices);
        counts = counts.plus(writeParts(tx, toWrite));
        EventWriter.Written written = events.write(tx, toWrite, ids);
        counts = counts.plus(written.counts());
        counts = counts.plus(statements.write(tx, toWrite, written.storedIds(), ids));
        return new GraphStore.BatchResult(outcomes, counts);
    }

    /** PART_OF of each institution to its state or organisation, and the status of each agreement. */
    private static CypherTx.Counts writeParts(GraphWrites tx, List<ArticleFacts> facts) {
        Map<org.newsgraph.extract.EntityType, List<Map<String, Object>>> byType = new LinkedHashMap<>();
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (ArticleFacts f : facts) {
            for (org.newsgraph.extract.Part p : f.parts()) {
                Map<String, Object> row = new HashMap<>();
                row.put("part", p.part().id());
                row.put("partName", p.part().name());
                row.put("whole", p.whole().id());
                row.put("wholeName", p.whole().name());
                row.put("wholeWikidata", p.whole().wikidata());
                byType.computeIfAbsent(p.whole().type(), k -> new ArrayList<>()).add(row);
            }
            f.agreementStatus().forEach((agreement, status) -> statuses.add(Map.of("id", agreement.id(),
                    "status", status)));
        }
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (var e : byType.entrySet()) {
            counts = counts.plus(tx.mergeParts(e.getKey(), e.getValue()));
        }
        if (!statuses.isEmpty()) {
            counts = counts.plus(tx.setAgreementStatus(statuses, org.newsgraph.extract.EntityLinker.AGREEMENT_STATUSES));
        }
        return counts;
    }

    private static Map<String, Object> articleParams(Article a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("title", a.title());
        p.put("source", a.source());
        p.put("url", a.url());
        p.put("published", a.published());
        p.put("language", a.language());
        p.put("path", a.path());
        p.put("sha256", a.sha256());
        return p;
    }

    /** Removes the mentions, event reports and statement evidence of the old version of an article. */
    private static CypherTx.Counts removeFacts(GraphWrites tx, String articleId) {
        return tx.removeMentions(articleId).plus(tx.removeReports(articleId))
                .plus(tx.removeStatementEvidence(articleId));
    }

    /**
     * Entities and MENTIONS of a batch. The MENTIONS are created, not merged: a new article has none, a replaced one
     * lost its old ones in {@link #removeFacts}, and each entity is one row per article.
     */
    private static CypherTx.Counts writeMentions(GraphWrites tx, List<ArticleFacts> batch, NodeIds ids) {
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (ArticleFacts f : batch) {
            Map<String, EntityRow> rows = new LinkedHashMap<>();
            for (Mention m : f.mentions()) {
                Entity e = m.entity();
                rows.computeIfAbsent(e.key(), k -> new EntityRow(e)).add(m);
            }
            for (EntityRow row : rows.values()) {
                byType.computeIfAbsent(row.entity.type(), t -> new ArrayList<>()).add(row.params(f.article().id()));
            }
        }
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (var entry : byType.entrySet()) {
            List<Map<String, Object>> rows = entry.getValue();
            CypherTx.Result r = tx.mergeMentions(entry.getKey(), rows);
            for (Map<String, Object> row : r.rows()) {
                ids.put(entry.getKey().label() + ":" + row.get("id"), (String) row.get("eid"));
            }
            counts = counts.plus(r.counts());
        }
        return counts;
    }

    /**
     * One relationship per term: a person who held an office twice (Putin's presidencies) has two. Offices of the
     * same term (person, office, title, since) become one row whose {@code until} is the first one known, as writing
     * them one after the other would give; one statement must not see the same term twice, since Cypher reads all
     * rows' relationships before it creates any.
     */
    private static CypherTx.Counts writeOffices(GraphWrites tx, List<Office> offices) {
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        Map<List<String>, Map<String, Object>> terms = new LinkedHashMap<>();
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (Office o : offices) {
            Map<String, Object> known = terms.get(termKey(o));
            if (known != null) {
                known.putIfAbsent("until", o.until());
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("person", o.person().id());
            row.put("personName", o.person().name());
            row.put("personWikidata", o.person().wikidata());
            row.put("of", o.of().id());
            row.put("ofName", o.of().name());
            row.put("ofWikidata", o.of().wikidata());
            row.put("title", o.title());
            row.put("since", o.since());
            row.put("until", o.until());
            terms.put(termKey(o), row);
            byType.computeIfAbsent(o.of().type(), t -> new ArrayList<>()).add(row);
        }
        for (var entry : byType.entrySet()) {
            counts = counts.plus(tx.mergeOffices(entry.getKey(), entry.getValue()));
        }
        return counts;
    }

    private static List<String> termKey(Office o) {
        return java.util.Arrays.asList(o.person().key(), o.of().key(), o.title(), o.since());
    }

    /** One entity's mentions in one article, aggregated for the MENTIONS relationship. */
    private static final class EntityRow {
        private final Entity entity;
        private final TreeSet<String> aliases = new TreeSet<>();
        private final TreeSet<Long> sentences = new TreeSet<>();
        private long count;

        EntityRow(Entity entity) {
            this.entity = entity;
        }

        void add(Mention m) {
            aliases.add(m.surface());
            sentences.add((long) m.sentence());
            count++;
        }

        Map<String, Object> params(String article) {
            Map<String, Object> p = new HashMap<>();
            p.put("article", article);
            p.put("id", entity.id());
            p.put("name", entity.name());
            p.put("wikidata", entity.wikidata());
            p.put("aliases", new ArrayList<>(aliases));
            p.put("sentences", new ArrayList<>(sentences));
            p.put("count", count);
            return p;
        }
    }
}

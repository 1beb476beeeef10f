package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.statement.StatementMatcher;

/**
 * Writes the statements of a batch of articles as relationships
 * {@code (actor)-[:TYPE {what, cameo, date, event, evidence, articles}]->(target)}.
 *
 * <p>The same statement reported by several articles is one relationship listing all of them: the relationships
 * between the batch's actors and targets are read back once, each incoming statement is merged into one that
 * {@link StatementMatcher} accepts (stored, or earlier in the batch; of several, the first by date and content), and
 * the batch is written with one call per kind of write. A batch gives the graph that writing its articles one by one
 * gives. {@code evidenceArticles} runs parallel to {@code evidence} so that replacing one article removes
 * exactly its evidence.
 */
final class StatementWriter {

    /** One relationship as it will be written: stored ({@code rid} set) or new. */
    private static final class Rel {
        final String rid;
        final String x;
        final String t;
        Statement statement;
        final List<String> evidence = new ArrayList<>();
        final List<String> evidenceArticles = new ArrayList<>();
        final List<String> articles = new ArrayList<>();
        boolean dirty;

        Rel(String rid, String x, String t, Statement statement) {
            this.rid = rid;
            this.x = x;
            this.t = t;
            this.statement = statement;
        }

        void add(Statement s, String article) {
            for (String sentence : s.evidence()) {
                if (!evidence.contains(sentence)) {
                    evidence.add(sentence);
                    evidenceArticles.add(article);
                }
            }
            if (!articles.contains(article)) {
                articles.add(article);
            }
            dirty = true;
        }
    }

    /**
     * The order in which a statement report picks among the relationships it matches: by date (undated first), then
     * content, then evidence. It depends only on what the relationships hold, so the choice is the same whether they
     * were committed before or created earlier in this batch, and after a restart (element ids are not stable).
     */
    private static final Comparator<Rel> BY_CONTENT = Comparator
            .comparing((Rel r) -> r.statement.date(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.statement.what())
            .thenComparing(r -> String.join("\n", r.evidence));

    /**
     * @param eventIds where each article's events were stored ({@link EventWriter#key})
     */
    CypherTx.Counts write(GraphWrites tx, List<ArticleFacts> batch, Map<String, String> eventIds, NodeIds ids) {
        Set<Entity> parties = new LinkedHashSet<>();
        batch.forEach(f -> f.statements().forEach(s -> {
            parties.add(s.actor());
            parties.add(s.target());
        }));
        if (parties.isEmpty()) {
            return CypherTx.Counts.NONE;
        }
        CypherTx.Counts counts = ids.ensure(tx, parties);
        Map<String, List<Rel>> rels = stored(tx, batch, ids);
        for (ArticleFacts f : batch) {
            String article = f.article().id();
            for (Statement raw : f.statements()) {
                Statement s = raw.event() == null ? raw
                        : withEvent(raw, eventIds.getOrDefault(EventWriter.key(article, raw.event()), raw.event()));
                String x = ids.of(s.actor());
                String t = ids.of(s.target());
                List<Rel> list = rels.computeIfAbsent(x + " " + s.type() + " " + t, k -> new ArrayList<>());
                Rel target = null;
                for (Rel r : list) {
                    if (StatementMatcher.same(r.statement, s) && (target == null || BY_CONTENT.compare(r, target) < 0)) {
                        target = r;
                    }
                }
                if (target == null) {
                    target = new Rel(null, x, t, s);
                    list.add(target);
                } else {
                    target.statement = StatementMatcher.merge(target.statement, s);
                }
                target.add(s, article);
            }
        }
        return counts.plus(writeAll(tx, rels));
    }

    /** The stored relationships of the statement types between the batch's actors and targets. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Rel>> stored(GraphWrites tx, List<ArticleFacts> batch, NodeIds ids) {
        Map<String, Statement> like = new LinkedHashMap<>();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (ArticleFacts f : batch) {
            for (Statement s : f.statements()) {
                String x = ids.of(s.actor());
                String t = ids.of(s.target());
                if (like.putIfAbsent(x + " " + t, s) == null) {
                    pairs.add(Map.of("x", x, "t", t));
                }
            }
        }
        List<Map<String, Object>> rows = tx.statementsBetween(pairs);
        Map<String, List<Rel>> rels = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String x = (String) row.get("x");
            String t = (String) row.get("t");
            Statement s = like.get(x + " " + t);
            StatementType type = StatementType.valueOf((String) row.get("type"));
            Entity actor = s.actor();
            Entity target = s.target();
            Rel r = new Rel((String) row.get("rid"), x, t, new Statement(type, actor, target, (String) row.get("what"),
                    (String) row.get("cameo"), (String) row.get("date"), (String) row.get("event"),
                    (List<String>) row.get("evidence")));
            r.evidence.addAll((List<String>) row.get("evidence"));
            r.evidenceArticles.addAll((List<String>) row.get("evidenceArticles"));
            r.articles.addAll((List<String>) row.get("articles"));
            rels.computeIfAbsent(x + " " + type + " " + t, k -> new ArrayList<>()).add(r);
        }
        return rels;
    }

    private static CypherTx.Counts writeAll(GraphWrites tx, Map<String, List<Rel>> rels) {
        List<Map<String, Object>> updates = new ArrayList<>();
        Map<StatementType, List<Map<String, Object>>> creates = new LinkedHashMap<>();
        for (List<Rel> list : rels.values()) {
            for (Rel r : list) {
                if (!r.dirty) {
                    continue;
                }
                Map<String, Object> row = new HashMap<>();
                row.put("rid", r.rid);
                row.put("x", r.x);
                row.put("t", r.t);
                row.put("what", r.statement.what());
                row.put("cameo", r.statement.cameo());
                row.put("date", r.statement.date());
                row.put("event", r.statement.event());
                row.put("evidence", r.evidence);
                row.put("evidenceArticles", r.evidenceArticles);
                row.put("articles", r.articles);
                if (r.rid == null) {
                    creates.computeIfAbsent(r.statement.type(), k -> new ArrayList<>()).add(row);
                } else {
                    updates.add(row);
                }
            }
        }
        CypherTx.Counts c = tx.updateStatements(updates);
        for (var entry : creates.entrySet()) {
            c = c.plus(tx.createStatements(entry.getKey(), entry.getValue()));
        }
        return c;
    }

    private static Statement withEvent(Statement s, String event) {
        return new Statement(s.type(), s.actor(), s.target(), s.what(), s.cameo(), s.date(), event,
                new ArrayList<>(s.evidence()));
    }
}

package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;
import org.newsgraph.extract.statement.StatementMatcher;

/**
 * Writes statements as relationships {@code (actor)-[:TYPE {what, cameo, date, event, evidence, articles}]->(target)}.
 *
 * <p>The same statement reported by several articles is one relationship listing all of them: the relationships of
 * that type between the two nodes are read back and the first {@link StatementMatcher} accepts is merged into.
 * {@code evidenceArticles} runs parallel to {@code evidence} so that replacing one article removes exactly its
 * evidence.
 */
final class StatementWriter {

    private static final List<String> TYPES =
            java.util.Arrays.stream(StatementType.values()).map(Enum::name).toList();

    /**
     * @param eventIds the id each of the article's events was stored under (events merge across articles)
     */
    CypherTx.Counts write(CypherTx tx, String articleId, List<Statement> statements, Map<String, String> eventIds) {
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (Statement raw : statements) {
            Statement s = raw.event() == null ? raw : withEvent(raw, eventIds.getOrDefault(raw.event(), raw.event()));
            String match = "MATCH (x:" + s.actor().type().label() + " {id: $actor}) "
                    + "MATCH (t:" + s.target().type().label() + " {id: $target}) ";
            Map<String, Object> p = new HashMap<>();
            p.put("actor", s.actor().id());
            p.put("actorName", s.actor().name());
            p.put("target", s.target().id());
            p.put("targetName", s.target().name());
            counts = counts.plus(tx.run("MERGE (x:" + s.actor().type().label() + " {id: $actor}) "
                    + "ON CREATE SET x.name = $actorName, x.aliases = [] "
                    + "MERGE (t:" + s.target().type().label() + " {id: $target}) "
                    + "ON CREATE SET t.name = $targetName, t.aliases = []", p).counts());
            List<Map<String, Object>> existing = tx.run(match + "MATCH (x)-[r:" + s.type().name() + "]->(t) "
                    + "RETURN elementId(r) AS rid, r.what AS what, r.cameo AS cameo, r.date AS date, "
                    + "r.event AS event, coalesce(r.evidence, []) AS evidence ORDER BY rid", p).rows();
            String rid = null;
            Statement merged = s;
            for (Map<String, Object> row : existing) {
                Statement stored = stored(s, row);
                if (StatementMatcher.same(stored, s)) {
                    rid = (String) row.get("rid");
                    merged = StatementMatcher.merge(stored, s);
                    break;
                }
            }
            p.put("what", merged.what());
            p.put("cameo", merged.cameo());
            p.put("date", merged.date());
            p.put("event", merged.event());
            p.put("evidence", s.evidence());
            p.put("article", articleId);
            String set = """
                    SET r.what = $what, r.cameo = $cameo, r.date = $date, r.event = $event
                    WITH r, [sentence IN $evidence WHERE NOT sentence IN coalesce(r.evidence, [])] AS added
                    SET r.evidence = coalesce(r.evidence, []) + added,
                        r.evidenceArticles = coalesce(r.evidenceArticles, []) + [sentence IN added | $article],
                        r.articles = CASE WHEN $article IN coalesce(r.articles, []) THEN r.articles
                                          ELSE coalesce(r.articles, []) + $article END
                    """;
            if (rid == null) {
                counts = counts.plus(tx.run(match + "CREATE (x)-[r:" + s.type().name() + "]->(t) " + set, p).counts());
            } else {
                p.put("rid", rid);
                counts = counts.plus(tx.run("MATCH ()-[r]->() WHERE elementId(r) = $rid " + set, p).counts());
            }
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static Statement stored(Statement like, Map<String, Object> row) {
        return new Statement(like.type(), like.actor(), like.target(), (String) row.get("what"),
                (String) row.get("cameo"), (String) row.get("date"), (String) row.get("event"),
                (List<String>) row.get("evidence"));
    }

    private static Statement withEvent(Statement s, String event) {
        return new Statement(s.type(), s.actor(), s.target(), s.what(), s.cameo(), s.date(), event,
                new ArrayList<>(s.evidence()));
    }

    /** Removes an article from every statement; statements no other article reports are deleted. */
    CypherTx.Counts removeArticle(CypherTx tx, String articleId) {
        return tx.run("""
                MATCH ()-[r]->()
                WHERE type(r) IN $types AND $id IN r.articles
                WITH r, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceArticles[i] <> $id] AS keep
                SET r.evidence = [i IN keep | r.evidence[i]],
                    r.evidenceArticles = [i IN keep | r.evidenceArticles[i]],
                    r.articles = [a IN r.articles WHERE a <> $id]
                WITH r
                WHERE size(r.articles) = 0
                DELETE r
                """, Map.of("id", articleId, "types", TYPES)).counts();
    }
}

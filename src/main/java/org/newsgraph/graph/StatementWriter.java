package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementType;

/**
 * Writes statements as relationships {@code (actor)-[:TYPE {what, cameo, date, event, evidence, articles}]->(target)}.
 * The same statement reported by several articles is one relationship listing all of them; {@code evidenceArticles}
 * runs parallel to {@code evidence} so that replacing one article removes exactly its evidence.
 */
final class StatementWriter {

    private static final List<String> TYPES =
            java.util.Arrays.stream(StatementType.values()).map(Enum::name).toList();

    CypherTx.Counts write(CypherTx tx, String articleId, List<Statement> statements) {
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (Statement s : statements) {
            Map<String, Object> p = new HashMap<>();
            p.put("actor", s.actor().id());
            p.put("actorName", s.actor().name());
            p.put("target", s.target().id());
            p.put("targetName", s.target().name());
            p.put("what", s.what());
            p.put("cameo", s.cameo());
            p.put("date", s.date());
            p.put("event", s.event());
            p.put("evidence", s.evidence());
            p.put("article", articleId);
            counts = counts.plus(tx.run(
                    "MERGE (x:" + s.actor().type().label() + " {id: $actor}) "
                    + "ON CREATE SET x.name = $actorName, x.aliases = [] "
                    + "MERGE (t:" + s.target().type().label() + " {id: $target}) "
                    + "ON CREATE SET t.name = $targetName, t.aliases = [] "
                    + "MERGE (x)-[r:" + s.type().name() + " {what: $what}]->(t) "
                    + """
                    ON CREATE SET r.evidence = [], r.evidenceArticles = [], r.articles = []
                    WITH r, [sentence IN $evidence WHERE NOT sentence IN r.evidence] AS added
                    SET r.cameo = $cameo,
                        r.date = coalesce(r.date, $date),
                        r.event = coalesce(r.event, $event),
                        r.evidence = r.evidence + added,
                        r.evidenceArticles = r.evidenceArticles + [sentence IN added | $article],
                        r.articles = CASE WHEN $article IN r.articles THEN r.articles ELSE r.articles + $article END
                    """, p).counts());
        }
        return counts;
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

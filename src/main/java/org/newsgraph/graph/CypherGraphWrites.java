package org.newsgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;

/**
 * {@link GraphWrites} as Cypher over any {@link CypherTx}: one UNWIND statement per call, so a batch costs a few
 * statements whatever its size. Used for a Neo4j server over Bolt, where a round trip costs more than a statement.
 */
final class CypherGraphWrites implements GraphWrites {

    private final CypherTx tx;

    CypherGraphWrites(CypherTx tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, Object> articleShas(List<String> ids) {
        Map<String, Object> shas = new HashMap<>();
        tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha",
                Map.of("ids", ids)).rows().forEach(r -> shas.put((String) r.get("id"), r.get("sha")));
        return shas;
    }

    @Override
    public boolean isStored(String id, String sha256) {
        return !tx.run("MATCH (a:Article {id: $id}) WHERE a.sha256 = $sha RETURN a.id AS id",
                Map.of("id", id, "sha", sha256)).rows().isEmpty();
    }

    @Override
    public CypherTx.Counts mergeArticles(List<Map<String, Object>> rows) {
        return tx.run("""
                UNWIND $articles AS x
                MERGE (a:Article {id: x.id})
                SET a.title = x.title, a.source = x.source, a.url = x.url, a.published = x.published,
                    a.language = x.language, a.path = x.path, a.sha256 = x.sha256
                """, Map.of("articles", rows)).counts();
    }

    @Override
    public CypherTx.Counts removeMentions(String articleId) {
        return tx.run("MATCH (:Article {id: $id})-[m:MENTIONS]->() DELETE m", Map.of("id", articleId)).counts();
    }

    @Override
    public CypherTx.Counts removeReports(String articleId) {
        return tx.run("""
                MATCH (:Article {id: $id})-[r:REPORTS]->(e:Event)
                DELETE r
                WITH DISTINCT e
                WHERE NOT EXISTS { MATCH (:Article)-[:REPORTS]->(e) }
                DETACH DELETE e
                """, Map.of("id", articleId)).counts();
    }

    @Override
    public CypherTx.Counts removeStatementEvidence(String articleId) {
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
                """, Map.of("id", articleId, "types", STATEMENT_TYPES)).counts();
    }

    /**
     * The fresh aliases are computed where they are set: computed in a WITH before it, Cypher reads every row's
     * aliases before it sets any (an Eager), and an entity named in two articles of a batch got its aliases twice.
     */
    @Override
    public CypherTx.Result mergeMentions(EntityType type, List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS row MERGE (n:" + type.label() + " {id: row.id}) " + """
                FOREACH (_ IN CASE WHEN n.name IS NULL OR n.name <> row.name THEN [1] ELSE [] END |
                         SET n.name = row.name)
                FOREACH (_ IN CASE WHEN row.wikidata IS NOT NULL AND n.wikidata IS NULL THEN [1] ELSE [] END |
                         SET n.wikidata = row.wikidata)
                FOREACH (_ IN CASE WHEN n.aliases IS NULL OR any(x IN row.aliases WHERE NOT x IN n.aliases)
                                   THEN [1] ELSE [] END |
                         SET n.aliases = coalesce(n.aliases, [])
                                         + [x IN row.aliases WHERE NOT x IN coalesce(n.aliases, [])])
                WITH n, row
                MATCH (a:Article {id: row.article})
                CREATE (a)-[m:MENTIONS {count: row.count, sentences: row.sentences}]->(n)
                RETURN DISTINCT row.id AS id, elementId(n) AS eid
                """, Map.of("rows", rows));
    }

    @Override
    public CypherTx.Counts mergeParts(EntityType type, List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS row MERGE (w:" + type.label() + " {id: row.whole}) " + """
                ON CREATE SET w.name = row.wholeName, w.wikidata = row.wholeWikidata, w.aliases = []
                MERGE (p:Organization {id: row.part})
                ON CREATE SET p.name = row.partName, p.aliases = []
                MERGE (p)-[:PART_OF]->(w)
                """, Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Counts setAgreementStatus(List<Map<String, Object>> rows, List<String> order) {
        return tx.run("""
                UNWIND $rows AS row MATCH (a:Agreement {id: row.id})
                WITH a, row, [i IN range(0, size($order) - 1) WHERE $order[i] = a.status] AS had,
                     [i IN range(0, size($order) - 1) WHERE $order[i] = row.status] AS now
                WHERE size(had) = 0 OR had[0] < now[0]
                SET a.status = row.status
                """, Map.of("rows", rows, "order", order)).counts();
    }

    @Override
    public CypherTx.Counts mergeOffices(EntityType type, List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS row MERGE (o:" + type.label() + " {id: row.of}) " + """
                ON CREATE SET o.name = row.ofName, o.wikidata = row.ofWikidata, o.aliases = []
                MERGE (p:Person {id: row.person})
                ON CREATE SET p.name = row.personName, p.wikidata = row.personWikidata, p.aliases = []
                WITH p, o, row
                OPTIONAL MATCH (p)-[h:HOLDS_OFFICE]->(o)
                WHERE h.title = row.title AND coalesce(h.since, '') = coalesce(row.since, '')
                WITH p, o, row, head(collect(h)) AS h
                FOREACH (_ IN CASE WHEN h IS NULL THEN [1] ELSE [] END |
                         CREATE (p)-[:HOLDS_OFFICE {title: row.title, since: row.since, until: row.until}]->(o))
                FOREACH (_ IN CASE WHEN h IS NOT NULL AND h.until IS NULL THEN [1] ELSE [] END |
                         SET h.until = row.until)
                """, Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Result ensureEntities(EntityType type, List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS row MERGE (x:" + type.label() + " {id: row.id}) "
                + "ON CREATE SET x.name = row.name, x.wikidata = row.wikidata, x.aliases = [] "
                + "RETURN row.id AS id, elementId(x) AS eid", Map.of("rows", rows));
    }

    @Override
    public List<Map<String, Object>> candidateEvents(List<String> eids) {
        return tx.run("""
                UNWIND $eids AS pid
                MATCH (p) WHERE elementId(p) = pid
                MATCH (p)-[:PARTICIPATED_IN]->(ev:Event)
                WITH DISTINCT ev
                RETURN ev.id AS id, ev.kind AS kind, ev.date AS date, ev.status AS status, ev.title AS title,
                       ev.cameo AS cameo, ev.startTime AS startTime, ev.duration AS duration,
                       ev.trigger AS trigger, ev.weekday AS weekday, coalesce(ev.evidence, []) AS evidence,
                       [(y)-[r:PARTICIPATED_IN]->(ev) | {label: labels(y)[0], id: y.id, name: y.name,
                                                         wikidata: y.wikidata, role: r.role, eid: elementId(y)}]
                           AS participants,
                       [(a:Article)-[:REPORTS]->(ev) | a.id] AS articles
                ORDER BY id
                """, Map.of("eids", eids)).rows();
    }

    @Override
    public CypherTx.Counts mergeEvents(List<Map<String, Object>> rows) {
        return tx.run("""
                UNWIND $nodes AS n
                MERGE (e:Event {id: n.id})
                SET e.kind = n.kind, e.status = n.status, e.cameo = n.cameo, e.date = n.date, e.title = n.title,
                    e.startTime = n.startTime, e.duration = n.duration, e.trigger = n.trigger, e.weekday = n.weekday,
                    e.evidence = n.evidence
                """, Map.of("nodes", rows)).counts();
    }

    @Override
    public CypherTx.Counts mergeReports(List<Map<String, Object>> rows) {
        return tx.run("""
                UNWIND $rows AS r
                MATCH (a:Article {id: r.article}) MATCH (e:Event {id: r.event})
                MERGE (a)-[:REPORTS]->(e)
                """, Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Counts mergeParticipations(List<Map<String, Object>> rows) {
        return tx.run("""
                UNWIND $rows AS p
                MATCH (x) WHERE elementId(x) = p.x
                MATCH (e:Event {id: p.event})
                MERGE (x)-[r:PARTICIPATED_IN]->(e)
                SET r.role = CASE WHEN r.role = 'convener' THEN 'convener' ELSE p.role END
                """, Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Counts mergePlaces(List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS p MATCH (x) WHERE elementId(x) = p.x MATCH (e:Event {id: p.event}) "
                + "MERGE (e)-[:TOOK_PLACE_IN]->(x)", Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Counts mergeAgreements(List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS p MATCH (x) WHERE elementId(x) = p.x MATCH (e:Event {id: p.event}) "
                + "MERGE (e)-[:CONCERNS]->(x)", Map.of("rows", rows)).counts();
    }

    @Override
    public List<Map<String, Object>> statementsBetween(List<Map<String, Object>> pairs) {
        return tx.run("""
                UNWIND $pairs AS k
                MATCH (x) WHERE elementId(x) = k.x
                MATCH (t) WHERE elementId(t) = k.t
                MATCH (x)-[r]->(t) WHERE type(r) IN $types
                RETURN k.x AS x, k.t AS t, type(r) AS type, elementId(r) AS rid, r.what AS what, r.cameo AS cameo,
                       r.date AS date, r.event AS event, coalesce(r.evidence, []) AS evidence,
                       coalesce(r.evidenceArticles, []) AS evidenceArticles, coalesce(r.articles, []) AS articles
                ORDER BY rid
                """, Map.of("pairs", pairs, "types", STATEMENT_TYPES)).rows();
    }

    private static final String SET_STATEMENT = " SET r.what = u.what, r.cameo = u.cameo, r.date = u.date, "
            + "r.event = u.event, r.evidence = u.evidence, r.evidenceArticles = u.evidenceArticles, "
            + "r.articles = u.articles";

    @Override
    public CypherTx.Counts updateStatements(List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS u MATCH ()-[r]->() WHERE elementId(r) = u.rid" + SET_STATEMENT,
                Map.of("rows", rows)).counts();
    }

    @Override
    public CypherTx.Counts createStatements(StatementType type, List<Map<String, Object>> rows) {
        return tx.run("UNWIND $rows AS u MATCH (x) WHERE elementId(x) = u.x MATCH (t) WHERE elementId(t) = u.t "
                + "CREATE (x)-[r:" + type.name() + "]->(t)" + SET_STATEMENT, Map.of("rows", rows)).counts();
    }
}

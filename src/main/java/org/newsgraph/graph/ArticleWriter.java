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
import org.newsgraph.extract.StatementType;
import org.newsgraph.ingest.Article;

/**
 * Writes one article's facts with Cypher inside one transaction: the article, its entities and mentions, offices,
 * events and statements. Replacing a changed article first removes what the old version contributed.
 */
final class ArticleWriter {

    private static final List<String> STATEMENT_TYPES =
            java.util.Arrays.stream(StatementType.values()).map(Enum::name).toList();

    private final EventWriter events = new EventWriter();
    private final StatementWriter statements = new StatementWriter();

    GraphStore.WriteResult write(CypherTx tx, ArticleFacts facts) {
        Article a = facts.article();
        List<Map<String, Object>> existing = tx.run("MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha",
                Map.of("id", a.id())).rows();
        GraphStore.Outcome outcome = GraphStore.Outcome.CREATED;
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        if (!existing.isEmpty()) {
            if (a.sha256().equals(existing.get(0).get("sha"))) {
                return new GraphStore.WriteResult(GraphStore.Outcome.UNCHANGED, counts);
            }
            outcome = GraphStore.Outcome.REPLACED;
            counts = counts.plus(removeFacts(tx, a.id()));
        }
        counts = counts.plus(tx.run("""
                MERGE (a:Article {id: $id})
                SET a.title = $title, a.source = $source, a.url = $url, a.published = $published,
                    a.language = $language, a.path = $path, a.sha256 = $sha256
                """, articleParams(a)).counts());
        counts = counts.plus(writeMentions(tx, a.id(), facts.mentions()));
        counts = counts.plus(writeOffices(tx, facts.offices()));
        counts = counts.plus(events.write(tx, a.id(), facts.events()));
        counts = counts.plus(statements.write(tx, a.id(), facts.statements()));
        return new GraphStore.WriteResult(outcome, counts);
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
    private CypherTx.Counts removeFacts(CypherTx tx, String articleId) {
        Map<String, Object> p = Map.of("id", articleId, "types", STATEMENT_TYPES);
        CypherTx.Counts c = tx.run("MATCH (:Article {id: $id})-[m:MENTIONS]->() DELETE m", p).counts();
        c = c.plus(events.removeArticle(tx, articleId));
        c = c.plus(statements.removeArticle(tx, articleId));
        return c;
    }

    private static CypherTx.Counts writeMentions(CypherTx tx, String articleId, List<Mention> mentions) {
        Map<EntityType, Map<String, EntityRow>> byType = new EnumMap<>(EntityType.class);
        for (Mention m : mentions) {
            Entity e = m.entity();
            byType.computeIfAbsent(e.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(e.id(), id -> new EntityRow(e)).add(m);
        }
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        for (var entry : byType.entrySet()) {
            List<Map<String, Object>> rows = entry.getValue().values().stream().map(EntityRow::params).toList();
            counts = counts.plus(tx.run("UNWIND $rows AS row MERGE (n:" + entry.getKey().label() + " {id: row.id}) "
                    + """
                    SET n.name = row.name,
                        n.wikidata = coalesce(row.wikidata, n.wikidata),
                        n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |
                                           CASE WHEN x IN acc THEN acc ELSE acc + x END)
                    WITH n, row
                    MATCH (a:Article {id: $article})
                    MERGE (a)-[m:MENTIONS]->(n)
                    SET m.count = row.count, m.sentences = row.sentences
                    """, Map.of("rows", rows, "article", articleId)).counts());
        }
        return counts;
    }

    private static CypherTx.Counts writeOffices(CypherTx tx, List<Office> offices) {
        CypherTx.Counts counts = CypherTx.Counts.NONE;
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (Office o : offices) {
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
            byType.computeIfAbsent(o.of().type(), t -> new ArrayList<>()).add(row);
        }
        for (var entry : byType.entrySet()) {
            counts = counts.plus(tx.run("UNWIND $rows AS row MERGE (o:" + entry.getKey().label() + " {id: row.of}) "
                    + """
                    ON CREATE SET o.name = row.ofName, o.wikidata = row.ofWikidata, o.aliases = []
                    MERGE (p:Person {id: row.person})
                    ON CREATE SET p.name = row.personName, p.wikidata = row.personWikidata, p.aliases = []
                    MERGE (p)-[h:HOLDS_OFFICE {title: row.title}]->(o)
                    SET h.since = row.since, h.until = row.until
                    """, Map.of("rows", entry.getValue())).counts());
        }
        return counts;
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

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
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

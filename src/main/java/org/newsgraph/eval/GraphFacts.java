package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.StatementType;
import org.newsgraph.graph.CypherRunner;

/** The facts of the graph that evaluation compares with gold, read in one transaction. */
record GraphFacts(List<String> articleIds, List<Node> mentioned, List<EventRow> events, List<Rel> statements) {

    record Node(String article, String label, String id, String name, List<String> aliases) {
    }

    record Ref(String label, String id, String name) {
    }

    record EventRow(String id, String kind, String date, String status, List<Ref> participants, List<Ref> places,
                    List<String> articles, Ref convener) {
    }

    record Rel(String type, Ref actor, Ref target, String what, List<String> articles) {
    }

    @SuppressWarnings("unchecked")
    static GraphFacts read(CypherRunner runner) {
        return runner.read(tx -> {
            List<String> articles = new ArrayList<>();
            tx.run("MATCH (a:Article) RETURN a.id AS id ORDER BY id", Map.of()).rows()
                    .forEach(r -> articles.add((String) r.get("id")));
            List<Node> nodes = new ArrayList<>();
            tx.run("""
                    MATCH (a:Article)-[:MENTIONS]->(n)
                    RETURN a.id AS article, labels(n)[0] AS label, n.id AS id, n.name AS name,
                           coalesce(n.aliases, []) AS aliases
                    """, Map.of()).rows().forEach(r -> nodes.add(new Node((String) r.get("article"),
                    (String) r.get("label"), (String) r.get("id"), (String) r.get("name"),
                    (List<String>) r.get("aliases"))));
            List<EventRow> events = new ArrayList<>();
            tx.run("""
                    MATCH (e:Event)
                    OPTIONAL MATCH (x)-[r:PARTICIPATED_IN]->(e)
                    WITH e, collect(DISTINCT {label: labels(x)[0], id: x.id, name: x.name}) AS participants,
                         [c IN collect(CASE WHEN r.role = 'convener' THEN {label: labels(x)[0], id: x.id, name: x.name}
                                       END) WHERE c IS NOT NULL] AS conveners
                    OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p)
                    WITH e, participants, conveners,
                         collect(DISTINCT {label: labels(p)[0], id: p.id, name: p.name}) AS places
                    OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
                    RETURN e.id AS id, e.kind AS kind, e.date AS date, e.status AS status, participants, places,
                           collect(DISTINCT a.id) AS articles, conveners
                    ORDER BY id
                    """, Map.of()).rows().forEach(r -> events.add(new EventRow((String) r.get("id"),
                    (String) r.get("kind"), (String) r.get("date"), (String) r.get("status"),
                    refs((List<Map<String, Object>>) r.get("participants")),
                    refs((List<Map<String, Object>>) r.get("places")), (List<String>) r.get("articles"),
                    refs((List<Map<String, Object>>) r.get("conveners")).stream().findFirst().orElse(null))));
            List<Rel> rels = new ArrayList<>();
            List<String> types = java.util.Arrays.stream(StatementType.values()).map(Enum::name).toList();
            tx.run("""
                    MATCH (x)-[r]->(t)
                    WHERE type(r) IN $types
                    RETURN type(r) AS type, labels(x)[0] AS xl, x.id AS xid, x.name AS xn,
                           labels(t)[0] AS tl, t.id AS tid, t.name AS tn, r.what AS what,
                           coalesce(r.articles, []) AS articles
                    ORDER BY type, xn, tn, what
                    """, Map.of("types", types)).rows().forEach(r -> rels.add(new Rel((String) r.get("type"),
                    new Ref((String) r.get("xl"), (String) r.get("xid"), (String) r.get("xn")),
                    new Ref((String) r.get("tl"), (String) r.get("tid"), (String) r.get("tn")),
                    (String) r.get("what"), (List<String>) r.get("articles"))));
            return new GraphFacts(articles, nodes, events, rels);
        });
    }

    private static List<Ref> refs(List<Map<String, Object>> maps) {
        List<Ref> out = new ArrayList<>();
        for (Map<String, Object> m : maps) {
            if (m.get("id") != null) {
                out.add(new Ref((String) m.get("label"), (String) m.get("id"), (String) m.get("name")));
            }
        }
        return out;
    }
}

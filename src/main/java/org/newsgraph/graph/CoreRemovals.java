package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.ResourceIterator;

/** Removes what the old version of a changed article contributed, through the core API ({@link CoreGraphWrites}). */
final class CoreRemovals {

    private final CoreTx core;

    CoreRemovals(CoreTx core) {
        this.core = core;
    }

    CypherTx.Counts mentions(String articleId) {
        Node a = core.find(CoreTx.ARTICLE, articleId);
        if (a != null) {
            outgoing(a, CoreTx.MENTIONS).forEach(core::delete);
        }
        return core.take();
    }

    /** Deletes the article's REPORTS; an event no article reports any more goes with its relationships. */
    CypherTx.Counts reports(String articleId) {
        Node a = core.find(CoreTx.ARTICLE, articleId);
        if (a == null) {
            return core.take();
        }
        Set<Node> events = new LinkedHashSet<>();
        for (Relationship r : outgoing(a, CoreTx.REPORTS)) {
            if (r.getEndNode().hasLabel(CoreTx.EVENT)) {
                events.add(r.getEndNode());
                core.delete(r);
            }
        }
        for (Node e : events) {
            if (!reported(e)) {
                core.detachDelete(e);
            }
        }
        return core.take();
    }

    private static boolean reported(Node event) {
        try (ResourceIterable<Relationship> rels = event.getRelationships(Direction.INCOMING, CoreTx.REPORTS)) {
            for (Relationship r : rels) {
                if (r.getStartNode().hasLabel(CoreTx.ARTICLE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the article from every statement relationship (its evidence sentences, parallel in {@code evidence} and
     * {@code evidenceArticles}, and its id in {@code articles}); a statement left without articles is deleted.
     */
    CypherTx.Counts statementEvidence(String articleId) {
        for (String type : GraphWrites.STATEMENT_TYPES) {
            List<Relationship> reporting = new ArrayList<>();
            try (ResourceIterator<Relationship> rels =
                         core.tx().findRelationships(RelationshipType.withName(type))) {
                rels.forEachRemaining(r -> {
                    if (strings(r, "articles").contains(articleId)) {
                        reporting.add(r);
                    }
                });
            }
            reporting.forEach(r -> remove(r, articleId));
        }
        return core.take();
    }

    private void remove(Relationship r, String articleId) {
        List<String> evidence = strings(r, "evidence");
        List<String> evidenceArticles = strings(r, "evidenceArticles");
        List<String> keptEvidence = new ArrayList<>();
        List<String> keptArticles = new ArrayList<>();
        for (int i = 0; i < evidence.size() && i < evidenceArticles.size(); i++) {
            if (evidenceArticles.get(i) != null && !evidenceArticles.get(i).equals(articleId)) {
                keptEvidence.add(evidence.get(i));
                keptArticles.add(evidenceArticles.get(i));
            }
        }
        List<String> articles = strings(r, "articles").stream().filter(x -> !x.equals(articleId)).toList();
        CoreTx.set(r, "evidence", keptEvidence);
        CoreTx.set(r, "evidenceArticles", keptArticles);
        CoreTx.set(r, "articles", articles);
        if (articles.isEmpty()) {
            core.delete(r);
        }
    }

    private static List<String> strings(Relationship r, String key) {
        Object v = r.getProperty(key, null);
        return v instanceof String[] a ? List.of(a) : List.of();
    }

    private static List<Relationship> outgoing(Node n, RelationshipType type) {
        try (ResourceIterable<Relationship> rels = n.getRelationships(Direction.OUTGOING, type)) {
            return rels.stream().toList();
        }
    }
}

package org.newsgraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The graph newsgraph writes to and reads from: the embedded store or a server reached over Bolt.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.embedded(Path.of("graph.db"))) {
 *     store.write(facts);                 // one article, one transaction
 *     store.labelCounts();                // {Article=5, Country=14, ...}
 * }
 * }</pre>
 */
public final class GraphStore implements AutoCloseable {

    /** What writing one article did. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED }

    /** The outcome of writing one article and the counts of what changed. */
    public record WriteResult(Outcome outcome, CypherTx.Counts counts) {
    }

    /** The outcome of each article of a batch, in order, and the counts of what the batch changed. */
    public record BatchResult(java.util.List<Outcome> outcomes, CypherTx.Counts counts) {
        public BatchResult {
            outcomes = java.util.List.copyOf(outcomes);
        }
    }

    private final CypherRunner runner;
    /** Made on the first write: it loads the event lexicon, which a command that only reads does not need. */
    private ArticleWriter writer;

    /** A store over {@code runner}, with the schema's constraints created where missing (through Cypher). */
    public GraphStore(CypherRunner runner) {
        this(runner, true);
    }

    /** A store over {@code runner} that only reads: its schema is left as it is. */
    public static GraphStore reading(CypherRunner runner) {
        return new GraphStore(runner, false);
    }

    private GraphStore(CypherRunner runner, boolean ensureSchema) {
        this.runner = runner;
        if (ensureSchema) {
            runner.write(tx -> {
                for (String statement : GraphSchema.constraintStatements()) {
                    tx.run(statement, Map.of());
                }
                return null;
            });
        }
    }

    /** Opens the embedded store in {@code dir}, creating it when missing; {@link Neo4jDatabase#open} makes the schema. */
    public static GraphStore embedded(java.nio.file.Path dir) {
        return embedded(Neo4jDatabase.Config.embedded(dir));
    }

    /** Opens the embedded store as {@code config} says, creating it when missing. */
    public static GraphStore embedded(Neo4jDatabase.Config config) {
        return new GraphStore(new EmbeddedCypherRunner(Neo4jDatabase.open(config), true), false);
    }

    /** Opens the embedded store in {@code dir}, which must hold one ({@link Neo4jDatabase#openExisting}). */
    public static GraphStore existing(java.nio.file.Path dir) {
        return existing(Neo4jDatabase.Config.embedded(dir));
    }

    /** Opens the embedded store {@code config} names, which must exist. */
    public static GraphStore existing(Neo4jDatabase.Config config) {
        return new GraphStore(new EmbeddedCypherRunner(Neo4jDatabase.openExisting(config), true), false);
    }

    private ArticleWriter writer() {
        if (writer == null) {
            writer = new ArticleWriter(new org.newsgraph.extract.event.EventMatcher(
                    org.newsgraph.extract.event.EventLexicon.load()));
        }
        return writer;
    }

    /**
     * Writes one article's facts in one transaction. The same article again (same sha256) changes nothing; a changed
     * version replaces the facts of the old one.
     */
    public WriteResult write(ArticleFacts facts) {
        BatchResult r = writeInTransaction(java.util.List.of(facts));
        return new WriteResult(r.outcomes().get(0), r.counts());
    }

    /**
     * Writes several articles in one transaction (group commit: a commit costs far more than a statement). When
     * anything fails, the transaction is rolled back and each article is written in a transaction of its own, so
     * an article is never half-written and one bad article does not take the others down.
     *
     * @return the outcome of each article, in order, and what the batch changed
     */
    public BatchResult writeAll(java.util.List<ArticleFacts> batch) {
        try {
            return writeInTransaction(batch);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                throw e;
            }
            java.util.List<Outcome> outcomes = new java.util.ArrayList<>();
            CypherTx.Counts counts = CypherTx.Counts.NONE;
            for (ArticleFacts facts : batch) {
                WriteResult r = write(facts);
                outcomes.add(r.outcome());
                counts = counts.plus(r.counts());
            }
            return new BatchResult(outcomes, counts);
        }
    }

    private BatchResult writeInTransaction(java.util.List<ArticleFacts> batch) {
        ArticleWriter writer = writer();
        try {
            BatchResult r = runner.writeGraph(w -> writer.write(w, batch));
            writer.committed();
            return r;
        } catch (RuntimeException e) {
            writer.rolledBack();
            throw e;
        }
    }

    /** True when the store holds this article with this sha256 already (writing it again would change nothing). */
    public boolean isStored(String articleId, String sha256) {
        return runner.readGraph(w -> w.isStored(articleId, sha256));
    }

    /** Node counts per label, sorted by label. */
    public Map<String, Long> labelCounts() {
        if (runner instanceof EmbeddedCypherRunner embedded) {
            return StoreCounts.of(embedded.database()).labels();
        }
        return runner.read(tx -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Map<String, Object> row : tx.run("CALL db.labels() YIELD label RETURN label", Map.of()).rows()) {
                String label = (String) row.get("label");
                Object c = tx.run("MATCH (n:`" + label.replace("`", "``") + "`) RETURN count(n) AS c", Map.of())
                        .rows().get(0).get("c");
                counts.put(label, ((Number) c).longValue());
            }
            return counts;
        });
    }

    /** Relationship counts per type, sorted by type. */
    public Map<String, Long> relationshipCounts() {
        if (runner instanceof EmbeddedCypherRunner embedded) {
            return StoreCounts.of(embedded.database()).relationshipTypes();
        }
        return runner.read(tx -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Map<String, Object> row : tx.run("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t",
                    Map.of()).rows()) {
                String type = (String) row.get("t");
                Object c = tx.run("MATCH ()-[r:`" + type.replace("`", "``") + "`]->() RETURN count(r) AS c",
                        Map.of()).rows().get(0).get("c");
                counts.put(type, ((Number) c).longValue());
            }
            return counts;
        });
    }

    /** Total nodes and relationships. */
    public Map<String, Long> totals() {
        if (runner instanceof EmbeddedCypherRunner embedded) {
            StoreCounts counts = StoreCounts.of(embedded.database());
            Map<String, Long> t = new LinkedHashMap<>();
            t.put("nodes", counts.nodes());
            t.put("relationships", counts.relationships());
            return t;
        }
        return runner.read(tx -> {
            Map<String, Long> t = new LinkedHashMap<>();
            t.put("nodes", ((Number) tx.run("MATCH (n) RETURN count(n) AS c", Map.of()).rows().get(0).get("c"))
                    .longValue());
            t.put("relationships", ((Number) tx.run("MATCH ()-[r]->() RETURN count(r) AS c", Map.of()).rows()
                    .get(0).get("c")).longValue());
            return t;
        });
    }

    public CypherRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        runner.close();
    }
}

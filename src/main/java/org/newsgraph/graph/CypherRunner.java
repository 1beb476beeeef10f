package org.newsgraph.graph;

import java.util.function.Function;

/**
 * Runs units of work in transactions against one graph: the embedded store ({@link EmbeddedCypherRunner}) or a Neo4j
 * server over Bolt. A unit of work either commits whole or not at all.
 */
public interface CypherRunner extends AutoCloseable {

    <T> T write(Function<CypherTx, T> work);

    <T> T read(Function<CypherTx, T> work);

    /**
     * Runs the graph writers' unit of work in a write transaction. By default as Cypher over {@link #write}; the
     * embedded store overrides it with its core API, which skips Cypher's fixed cost per statement.
     */
    default <T> T writeGraph(Function<GraphWrites, T> work) {
        return write(tx -> work.apply(new CypherGraphWrites(tx)));
    }

    /** Like {@link #writeGraph} in a read transaction. */
    default <T> T readGraph(Function<GraphWrites, T> work) {
        return read(tx -> work.apply(new CypherGraphWrites(tx)));
    }

    /** Where the graph lives, for messages ("graph.db", "bolt://127.0.0.1:7687"). */
    String location();

    @Override
    void close();
}

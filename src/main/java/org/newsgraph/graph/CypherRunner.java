package org.newsgraph.graph;

import java.util.function.Function;

/**
 * Runs units of work in transactions against one graph: the embedded store ({@link EmbeddedCypherRunner}) or a Neo4j
 * server over Bolt. A unit of work either commits whole or not at all.
 */
public interface CypherRunner extends AutoCloseable {

    <T> T write(Function<CypherTx, T> work);

    <T> T read(Function<CypherTx, T> work);

    /** Where the graph lives, for messages ("graph.db", "bolt://127.0.0.1:7687"). */
    String location();

    @Override
    void close();
}

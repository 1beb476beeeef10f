package org.newsgraph.query;

import java.util.Map;

/**
 * Runs one Cypher query and returns its rows as plain values: on the embedded store ({@link CypherRunner}) or on a
 * Neo4j server over Bolt ({@link BoltQueryRunner}); both give the same values for the same graph.
 */
public interface CypherEngine {

    /**
     * @param source where the query came from, for messages ("the command line", "queries/demands.cypher")
     * @param write whether the query may change the graph; without it a writing query is refused before it runs
     * @throws org.newsgraph.BadInputException when the query is invalid, writes without {@code write}, or is stopped
     *     (timeout, LOAD CSV off)
     */
    ResultTable run(String source, String cypher, Map<String, Object> params, boolean write);
}

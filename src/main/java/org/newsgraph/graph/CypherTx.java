package org.newsgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * One open transaction that runs parameterised Cypher. The embedded store and a Bolt connection both implement it,
 * so the graph is written by the same statements either way.
 */
public interface CypherTx {

    /** The result of one statement: its rows (values are plain Java: String, Long, Double, Boolean, List, Map). */
    record Result(List<Map<String, Object>> rows, Counts counts) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    /** What a statement changed. */
    record Counts(long nodesCreated, long nodesDeleted, long relationshipsCreated, long relationshipsDeleted) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(nodesCreated + o.nodesCreated, nodesDeleted + o.nodesDeleted,
                    relationshipsCreated + o.relationshipsCreated, relationshipsDeleted + o.relationshipsDeleted);
        }
    }

    Result run(String cypher, Map<String, Object> params);
}

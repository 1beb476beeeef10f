package org.newsgraph.query;

import java.lang.reflect.Array;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.newsgraph.BadInputException;
import org.newsgraph.query.ResultTable.GraphNode;
import org.newsgraph.query.ResultTable.GraphRelationship;

/**
 * Runs one Cypher query on the embedded graph and returns its rows as plain values.
 *
 * <pre>{@code
 * ResultTable t = new CypherRunner(db.graph()).run("MATCH (p:Person) RETURN p.name AS name", Map.of(), false);
 * }</pre>
 *
 * Design decision: read-only means two things: a query whose plan writes is refused before it runs (from
 * {@code EXPLAIN}), and the transaction of a read-only query is never committed.
 */
public final class CypherRunner implements CypherEngine {

    private final GraphDatabaseService graph;
    private final Timeout timeout;

    /** With the default timeout. */
    public CypherRunner(GraphDatabaseService graph) {
        this(graph, Timeout.DEFAULT);
    }

    public CypherRunner(GraphDatabaseService graph, Timeout timeout) {
        this.graph = graph;
        this.timeout = timeout;
    }

    /**
     * @param source where the query came from, for messages ("the command line", "queries/demands.cypher")
     * @throws BadInputException when the query is invalid, writes without {@code write}, runs longer than the
     *     timeout or uses LOAD CSV while that is off
     */
    @Override
    public ResultTable run(String source, String cypher, Map<String, Object> params, boolean write) {
        try {
            return execute(source, cypher, params, write);
        } catch (RuntimeException e) {
            if (Neo4jFailures.isTimeout(e)) {
                throw new BadInputException(source, 0, timeout.exceededMessage(), e);
            }
            if (Neo4jFailures.isCsvRefused(e)) {
                throw new BadInputException(source, 0, Neo4jFailures.csvRefused(e), e);
            }
            if (e instanceof QueryExecutionException) {
                throw new BadInputException(source, 0, "expected a valid Cypher query; Neo4j says: "
                        + e.getMessage().strip(), e);
            }
            throw e;
        }
    }

    private Transaction begin() {
        return timeout.limited() ? graph.beginTx(timeout.millis(), TimeUnit.MILLISECONDS) : graph.beginTx();
    }

    private ResultTable execute(String source, String cypher, Map<String, Object> params, boolean write) {
        try (Transaction tx = begin()) {
            if (!write) {
                QueryExecutionType.QueryType type = planType(cypher, params);
                if (type != QueryExecutionType.QueryType.READ_ONLY) {
                    throw new BadInputException(source, 0, "the query writes to the graph (" + type
                            + ") but cypher is read-only by default; add --write to run it");
                }
            }
            ResultTable table;
            try (Result result = tx.execute(cypher, params)) {
                List<String> columns = result.columns();
                List<List<Object>> rows = new ArrayList<>();
                result.forEachRemaining(row -> {
                    List<Object> values = new ArrayList<>(columns.size());
                    columns.forEach(c -> values.add(plain(row.get(c))));
                    rows.add(values);
                });
                table = new ResultTable(columns, rows);
            }
            if (write) {
                tx.commit();
            }
            return table;
        }
    }

    /**
     * The query type from the plan. When the query does not compile, it is run as written (in a transaction that is
     * never committed) so that Neo4j's message points at the user's text, not at the EXPLAIN prefix.
     */
    private QueryExecutionType.QueryType planType(String cypher, Map<String, Object> params) {
        try (Transaction tx = begin(); Result plan = tx.execute("EXPLAIN " + cypher, params)) {
            return plan.getQueryExecutionType().queryType();
        } catch (QueryExecutionException e) {
            try (Transaction tx = begin()) {
                tx.execute(cypher, params).close();
            }
            throw e;
        }
    }

    /** A Neo4j value as a plain Java value (nodes and relationships as records, arrays as lists). */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Node n) {
            List<String> labels = new ArrayList<>();
            for (Label l : n.getLabels()) {
                labels.add(l.name());
            }
            labels.sort(null);
            return new GraphNode(labels, properties(n));
        }
        if (value instanceof Relationship r) {
            return new GraphRelationship(r.getType().name(), properties(r));
        }
        if (value instanceof Path p) {
            List<Object> out = new ArrayList<>();
            p.forEach(e -> out.add(plain(e)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(plain(Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof TemporalAccessor || value instanceof Character) {
            return value.toString();
        }
        return value.toString();
    }

    private static Map<String, Object> properties(Entity e) {
        Map<String, Object> out = new TreeMap<>();
        e.getAllProperties().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }
}

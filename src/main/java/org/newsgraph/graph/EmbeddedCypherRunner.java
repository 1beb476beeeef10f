package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Transaction;

/**
 * Runs Cypher in transactions of the embedded database; the graph writers write through the core API instead
 * ({@link CoreGraphWrites}).
 *
 * <p>Design decision: the writers' few statements per batch cost milliseconds each in Cypher (planning, runtime
 * set-up, JIT in a short run), while the core API does the same work in microseconds; the Cypher stays for Bolt.
 */
public final class EmbeddedCypherRunner implements CypherRunner {

    private final Neo4jDatabase db;
    private final boolean owned;

    /** Runs against {@code db}; closing this runner closes the database when {@code owned}. */
    public EmbeddedCypherRunner(Neo4jDatabase db, boolean owned) {
        this.db = db;
        this.owned = owned;
    }

    @Override
    public <T> T write(Function<CypherTx, T> work) {
        try (Transaction tx = db.graph().beginTx()) {
            T result = work.apply((cypher, params) -> run(tx, cypher, params));
            tx.commit();
            return result;
        }
    }

    @Override
    public <T> T read(Function<CypherTx, T> work) {
        try (Transaction tx = db.graph().beginTx()) {
            return work.apply((cypher, params) -> run(tx, cypher, params));
        }
    }

    @Override
    public <T> T writeGraph(Function<GraphWrites, T> work) {
        try (Transaction tx = db.graph().beginTx()) {
            T result = work.apply(new CoreGraphWrites(tx));
            tx.commit();
            return result;
        }
    }

    @Override
    public <T> T readGraph(Function<GraphWrites, T> work) {
        try (Transaction tx = db.graph().beginTx()) {
            return work.apply(new CoreGraphWrites(tx));
        }
    }

    private static CypherTx.Result run(Transaction tx, String cypher, Map<String, Object> params) {
        try (org.neo4j.graphdb.Result r = tx.execute(cypher, params)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (r.hasNext()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                r.next().forEach((k, v) -> row.put(k, plain(v)));
                rows.add(row);
            }
            QueryStatistics q = r.getQueryStatistics();
            return new CypherTx.Result(rows, new CypherTx.Counts(q.getNodesCreated(), q.getNodesDeleted(),
                    q.getRelationshipsCreated(), q.getRelationshipsDeleted()));
        }
    }

    /** Stored array properties come back as Java arrays; Bolt gives lists. Make both lists. */
    static Object plain(Object v) {
        if (v != null && v.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(v);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(java.lang.reflect.Array.get(v, i));
            }
            return list;
        }
        if (v instanceof List<?> l) {
            List<Object> list = new ArrayList<>(l.size());
            l.forEach(x -> list.add(plain(x)));
            return list;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> map.put(String.valueOf(k), plain(x)));
            return map;
        }
        return v;
    }

    public Neo4jDatabase database() {
        return db;
    }

    @Override
    public String location() {
        return db.dir().toString();
    }

    @Override
    public void close() {
        if (owned) {
            db.close();
        }
    }
}

package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Transaction;

/** Runs Cypher in transactions of the embedded database. */
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

    private static CypherTx.Result run(Transaction tx, String cypher, Map<String, Object> params) {
        try (org.neo4j.graphdb.Result r = tx.execute(cypher, params)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (r.hasNext()) {
                rows.add(r.next());
            }
            QueryStatistics q = r.getQueryStatistics();
            return new CypherTx.Result(rows, new CypherTx.Counts(q.getNodesCreated(), q.getNodesDeleted(),
                    q.getRelationshipsCreated(), q.getRelationshipsDeleted()));
        }
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

package org.newsgraph.rdf;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.newsgraph.graph.CypherRunner;

/**
 * Where the RDF mapping reads the property graph from: the embedded store, or a Neo4j server through a
 * {@link CypherRunner} (over Bolt). The mapping only runs read queries and looks at their rows.
 *
 * <pre>{@code
 * Model m = new GraphToRdf(iris).read(GraphSource.embedded(db.graph()));
 * Model same = new GraphToRdf(iris).read(GraphSource.of(BoltCypherRunner.connect(uri, user, password)));
 * }</pre>
 */
public interface GraphSource {

    /** Runs {@code work} in one read transaction. */
    <T> T read(Function<Rows, T> work);

    /** The rows of read queries in one transaction. */
    @FunctionalInterface
    interface Rows {
        /** Hands each row of {@code cypher} to {@code each}, as a map from column to value. */
        void each(String cypher, Map<String, Object> params, Consumer<Map<String, Object>> each);
    }

    /** The embedded store behind {@code graph}, read in transactions without a time limit. */
    static GraphSource embedded(GraphDatabaseService graph) {
        return new GraphSource() {
            @Override
            public <T> T read(Function<Rows, T> work) {
                try (Transaction tx = graph.beginTx(0, TimeUnit.MILLISECONDS)) {
                    return work.apply((cypher, params, each) -> {
                        try (Result result = tx.execute(cypher, params)) {
                            result.forEachRemaining(each);
                        }
                    });
                }
            }
        };
    }

    /** The graph {@code runner} reaches (its rows are materialized per query). */
    static GraphSource of(CypherRunner runner) {
        return new GraphSource() {
            @Override
            public <T> T read(Function<Rows, T> work) {
                return runner.read(tx -> work.apply((cypher, params, each) ->
                        tx.run(cypher, params).rows().forEach(each)));
            }
        };
    }
}

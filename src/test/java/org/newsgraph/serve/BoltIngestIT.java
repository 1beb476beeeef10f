package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.StoreException;
import org.newsgraph.graph.BoltCypherRunner;
import org.newsgraph.graph.GraphDump;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Ingestion;
import org.newsgraph.graph.Pipeline;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.rdf.IriScheme;

/**
 * Ingesting the corpus through Bolt into a running {@code newsgraph serve} gives the same graph as ingesting it into
 * an embedded store: the Cypher that runs over Bolt writes what the embedded store's core-API writes do, value types
 * included.
 */
class BoltIngestIT {

    @TempDir
    Path dir;

    @Test
    void ingestThroughBoltEqualsEmbeddedIngest() {
        Path corpus = Path.of(System.getProperty("newsgraph.root", System.getProperty("user.dir")), "corpus");
        Pipeline pipeline = Pipeline.standard();

        List<String> embedded;
        try (GraphStore store = GraphStore.embedded(dir.resolve("embedded.db"))) {
            Ingestion.Summary s = ingest(store, corpus, pipeline);
            assertEquals(0, s.failed());
            embedded = dump(store);
        }
        List<String> bolt;
        try (NewsgraphServer server = NewsgraphServer.start(FreePorts.find().config(dir.resolve("served.db"), null),
                SparqlDatasetSource.newsgraph(IriScheme.defaults()));
             GraphStore store = new GraphStore(BoltCypherRunner.connect(server.boltUri(), null, null))) {
            Ingestion.Summary s = ingest(store, corpus, pipeline);
            assertEquals(0, s.failed());
            bolt = dump(store);
            Ingestion.Summary again = ingest(store, corpus, pipeline);
            assertEquals(again.read(), again.unchanged(), "re-ingesting through Bolt changes nothing");
            assertEquals(bolt, dump(store));
        }
        assertTrue(embedded.size() > 50, "the corpus makes a graph: " + embedded.size() + " nodes and relationships");
        assertEquals(embedded, bolt);
    }

    @Test
    void aServerThatIsNotThereIsReportedInOneLine() {
        StoreException e = assertThrows(StoreException.class,
                () -> BoltCypherRunner.connect("bolt://127.0.0.1:" + FreePorts.find().bolt(), null, null));
        assertTrue(e.getMessage().contains("cannot reach a Neo4j server at bolt://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("newsgraph serve"), e.getMessage());
    }

    private static Ingestion.Summary ingest(GraphStore store, Path corpus, Pipeline pipeline) {
        return new Ingestion(store, pipeline.extractors(), 1)
                .run(ArticleSource.of(List.of(corpus)), new Ingestion.Listener() {
                    @Override
                    public void progress(long bytesDone, long totalBytes, String current) {
                    }

                    @Override
                    public void failed(org.newsgraph.NewsgraphException problem) {
                        throw new AssertionError("the corpus reads without errors: " + problem.getMessage());
                    }
                });
    }

    /**
     * Every node and relationship with its labels or type and properties, each value with its type (as the query
     * returns it: a stored array as a list of its elements), as sorted lines.
     */
    private static List<String> dump(GraphStore store) {
        return store.runner().read(tx -> {
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> row : tx.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of())
                    .rows()) {
                lines.add("node " + row.get("l") + " " + GraphDump.properties(props(row.get("p"))));
            }
            for (Map<String, Object> row : tx.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, a.id AS a, type(r) AS t, "
                    + "properties(r) AS p, labels(b) AS bl, b.id AS b", Map.of()).rows()) {
                lines.add("rel " + row.get("al") + row.get("a") + " " + row.get("t") + " "
                        + GraphDump.properties(props(row.get("p"))) + " " + row.get("bl") + row.get("b"));
            }
            lines.sort(null);
            return lines;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Object p) {
        return (Map<String, Object>) p;
    }
}

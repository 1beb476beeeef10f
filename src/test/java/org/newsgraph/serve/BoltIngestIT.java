package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.StoreException;
import org.newsgraph.extract.EntityLinker;
import org.newsgraph.graph.BoltCypherRunner;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Ingestion;
import org.newsgraph.graph.PipelineExtractor;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.kb.KnowledgeBase;
import org.newsgraph.nlp.Language;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.IriScheme;

/**
 * Ingesting the corpus through Bolt into a running {@code newsgraph serve} gives the same graph as ingesting it into
 * an embedded store: the same Cypher runs either way.
 */
class BoltIngestIT {

    @TempDir
    Path dir;

    @Test
    void ingestThroughBoltEqualsEmbeddedIngest() {
        Path corpus = Path.of(System.getProperty("newsgraph.root", System.getProperty("user.dir")), "corpus");
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        EntityLinker linker = new EntityLinker(kb);
        NlpModels models = NlpModels.load(Language.GERMAN);

        List<String> embedded;
        try (GraphStore store = GraphStore.embedded(dir.resolve("embedded.db"))) {
            Ingestion.Summary s = ingest(store, corpus, kb, linker, models);
            assertEquals(0, s.failed());
            embedded = dump(store);
        }
        List<String> bolt;
        try (NewsgraphServer server = NewsgraphServer.start(FreePorts.find().config(dir.resolve("served.db"), null),
                SparqlDatasetSource.newsgraph(IriScheme.defaults()));
             GraphStore store = new GraphStore(BoltCypherRunner.connect(server.boltUri(), null, null))) {
            Ingestion.Summary s = ingest(store, corpus, kb, linker, models);
            assertEquals(0, s.failed());
            bolt = dump(store);
            Ingestion.Summary again = ingest(store, corpus, kb, linker, models);
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

    private static Ingestion.Summary ingest(GraphStore store, Path corpus, KnowledgeBase kb, EntityLinker linker,
                                            NlpModels models) {
        return new Ingestion(store, () -> new PipelineExtractor(kb, linker, models), 1)
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

    /** Every node and relationship with its labels or type and properties, as sorted lines. */
    private static List<String> dump(GraphStore store) {
        return store.runner().read(tx -> {
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> row : tx.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", Map.of())
                    .rows()) {
                lines.add("node " + row.get("l") + " " + new TreeMap<>(props(row.get("p"))));
            }
            for (Map<String, Object> row : tx.run("MATCH (a)-[r]->(b) RETURN labels(a) AS al, a.id AS a, type(r) AS t, "
                    + "properties(r) AS p, labels(b) AS bl, b.id AS b", Map.of()).rows()) {
                lines.add("rel " + row.get("al") + row.get("a") + " " + row.get("t") + " "
                        + new TreeMap<>(props(row.get("p"))) + " " + row.get("bl") + row.get("b"));
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

package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * The SPARQL view of the graph: the RDF of {@link GraphToRdf}, the ontology and their RDFS entailments, in an
 * in-memory Jena dataset kept in step with Neo4j.
 *
 * <pre>{@code
 * SparqlDataset sparql = new SparqlDataset(db.graph(), IriScheme.defaults());
 * Dataset ds = sparql.current();   // rebuilt only when the graph changed since the last call
 * }</pre>
 *
 * Design decision: the dataset is rebuilt from the graph when its fingerprint changes (the sorted article ids and
 * SHA-256 sums, which change with every ingest, plus the node and relationship counts, which change with
 * {@code cypher --write}); the fingerprint costs a few milliseconds, a rebuild of the seed corpus well under a
 * second. A long-running process (the server) keeps one instance; the CLI builds it once per call.
 */
public final class SparqlDataset {

    private final GraphDatabaseService graph;
    private final IriScheme iris;
    private final Model ontology = Ontology.model();
    private String fingerprint;
    private Dataset dataset;

    public SparqlDataset(GraphDatabaseService graph, IriScheme iris) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** The dataset for the graph as it is now. */
    public synchronized Dataset current() {
        String now = fingerprint();
        if (dataset == null || !now.equals(fingerprint)) {
            dataset = of(new GraphToRdf(iris).read(graph), ontology);
            fingerprint = now;
        }
        return dataset;
    }

    /** A queryable dataset of the data with the ontology and its RDFS entailments as its default graph. */
    public static Dataset of(Model data, Model ontology) {
        return DatasetFactory.wrap(RdfsMaterializer.materialise(data, ontology));
    }

    /** A digest of what the dataset depends on: article ids and hashes, node and relationship counts. */
    public String fingerprint() {
        try (Transaction tx = graph.beginTx()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = "MATCH (a:Article) RETURN coalesce(a.id, '') + ' ' + coalesce(a.sha256, '') AS key "
                    + "ORDER BY key";
            try (Result r = tx.execute(query)) {
                r.forEachRemaining(row -> digest.update((row.get("key") + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            for (String count : new String[] {"MATCH (n) RETURN count(n) AS c", "MATCH ()-[r]->() RETURN count(r) AS c"}) {
                try (Result r = tx.execute(count)) {
                    digest.update((r.next().get("c") + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

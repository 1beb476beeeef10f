package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.neo4j.graphdb.GraphDatabaseService;

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
 * second. A long-running process (the server) keeps one instance. The CLI gives a cache folder: the built dataset is
 * kept there as RDF Thrift under its fingerprint, so the next {@code sparql} call on an unchanged graph reads it
 * back instead of mapping the graph again.
 */
public final class SparqlDataset {

    private final GraphSource graph;
    private final IriScheme iris;
    private final Path cache;
    private final Model ontology = Ontology.model();
    private final byte[] ontologyText = Ontology.text(Ontology.ONTOLOGY);
    private String fingerprint;
    private Dataset dataset;

    /** A dataset kept in memory only. */
    public SparqlDataset(GraphDatabaseService graph, IriScheme iris) {
        this(graph, iris, null);
    }

    /**
     * @param cache a folder for the last built dataset (created when missing), or null for none
     */
    public SparqlDataset(GraphDatabaseService graph, IriScheme iris, Path cache) {
        this(GraphSource.embedded(Objects.requireNonNull(graph, "graph")), iris, cache);
    }

    /**
     * A dataset of the graph {@code graph} reads (the embedded store or a server over Bolt).
     *
     * @param cache a folder for the last built dataset (created when missing), or null for none
     */
    public SparqlDataset(GraphSource graph, IriScheme iris, Path cache) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.cache = cache;
    }

    /** The dataset for the graph as it is now. */
    public synchronized Dataset current() {
        String now = fingerprint();
        if (dataset == null || !now.equals(fingerprint)) {
            Model model = cache == null ? null : readCache(now);
            if (model == null) {
                model = RdfsMaterializer.materialise(new GraphToRdf(iris).read(graph), ontology);
                writeCache(now, model);
            }
            dataset = DatasetFactory.wrap(model);
            fingerprint = now;
        }
        return dataset;
    }

    private Path cacheFile(String key) {
        return cache.resolve("sparql-" + key + ".rt");
    }

    private Model readCache(String key) {
        Path file = cacheFile(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(model);
            Prefixes.declare(model, iris);
            return model;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps the dataset for the next call; a cache that cannot be written only costs the next call time. */
    private void writeCache(String key, Model model) {
        if (cache == null) {
            return;
        }
        try {
            Files.createDirectories(cache);
            try (Stream<Path> old = Files.list(cache)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("sparql-")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Path tmp = Files.createTempFile(cache, "sparql-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                RDFDataMgr.write(out, model, Lang.RDFTHRIFT);
            }
            Files.move(tmp, cacheFile(key), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not fatal: the dataset in hand is correct
        }
    }

    /** A queryable dataset of the data with the ontology and its RDFS entailments as its default graph. */
    public static Dataset of(Model data, Model ontology) {
        return DatasetFactory.wrap(RdfsMaterializer.materialise(data, ontology));
    }

    /**
     * A digest of what the dataset depends on: the IRI base, the ontology, the article ids and hashes, and the node
     * and relationship counts.
     */
    public String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        digest.update((iris.base() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(ontologyText);
        graph.read(tx -> {
            tx.each("MATCH (a:Article) RETURN coalesce(a.id, '') + ' ' + coalesce(a.sha256, '') AS key ORDER BY key",
                    java.util.Map.of(), row -> digest.update((row.get("key") + "\n").getBytes(StandardCharsets.UTF_8)));
            for (String count : new String[] {"MATCH (n) RETURN count(n) AS c",
                    "MATCH ()-[r]->() RETURN count(r) AS c"}) {
                tx.each(count, java.util.Map.of(), row -> digest.update((((Number) row.get("c")).longValue() + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return null;
        });
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}

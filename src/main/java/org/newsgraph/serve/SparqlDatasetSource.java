package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.neo4j.graphdb.GraphDatabaseService;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.SparqlDataset;

/**
 * Turns the property graph into the RDF dataset the SPARQL endpoint answers from. The mapping itself lives in
 * {@code org.newsgraph.rdf}; serve only needs this one method.
 */
@FunctionalInterface
public interface SparqlDatasetSource {

    /**
     * Starts viewing {@code graph} as RDF. The supplier is asked once per SPARQL request and returns the dataset for
     * the graph as it is then (so writes over Bolt show up), cheaply when nothing changed.
     */
    Supplier<DatasetGraph> open(GraphDatabaseService graph);

    /** newsgraph's mapping: the ontology, typed literals and RDFS entailments, rebuilt when the graph changed. */
    static SparqlDatasetSource newsgraph(IriScheme iris) {
        return newsgraph(iris, null);
    }

    /**
     * newsgraph's mapping, keeping the last built dataset in {@code cache} (the store's {@code rdf-cache}, shared with
     * {@code newsgraph sparql}), or in memory only when {@code cache} is null.
     */
    static SparqlDatasetSource newsgraph(IriScheme iris, Path cache) {
        return graph -> {
            SparqlDataset sparql = new SparqlDataset(graph, iris, cache);
            return () -> sparql.current().asDatasetGraph();
        };
    }
}

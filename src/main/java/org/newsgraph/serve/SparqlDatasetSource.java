package org.newsgraph.serve;

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
        return graph -> {
            SparqlDataset sparql = new SparqlDataset(graph, iris);
            return () -> sparql.current().asDatasetGraph();
        };
    }
}

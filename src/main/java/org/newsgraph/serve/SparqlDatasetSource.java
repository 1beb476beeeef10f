package org.newsgraph.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Turns the property graph into the RDF dataset the SPARQL endpoint answers from.
 * The mapping itself lives in {@code org.newsgraph.rdf}; serve only needs this one method.
 */
@FunctionalInterface
public interface SparqlDatasetSource {

    /** Reads the whole graph and returns it as a dataset (with whatever inference the mapping adds). */
    DatasetGraph load(GraphDatabaseService graph);
}

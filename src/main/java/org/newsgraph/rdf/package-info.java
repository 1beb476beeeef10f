/**
 * The graph as RDF: {@link org.newsgraph.rdf.GraphToRdf} maps the Neo4j graph to a Jena model under an
 * {@link org.newsgraph.rdf.IriScheme}, {@link org.newsgraph.rdf.RdfExporter} writes it in one of the
 * {@link org.newsgraph.rdf.RdfFormat}s, and {@link org.newsgraph.rdf.SparqlDataset} keeps a queryable dataset with
 * the RDFS entailments of the {@link org.newsgraph.rdf.Ontology} in step with the graph. The terms are those of
 * {@code ontology/newsgraph.ttl}; the export satisfies {@code ontology/shapes.ttl}.
 */
package org.newsgraph.rdf;

package org.newsgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;

/**
 * The plainest mapping of the property graph to RDF: a node is {@code <urn:newsgraph:LABEL:ID>} typed by its labels,
 * its properties and relationships are triples in {@value #NS}. A stand-in for the mapping in
 * {@code org.newsgraph.rdf} (ontology, typed literals, inference) where that is not available.
 */
public final class MinimalGraphRdf implements SparqlDatasetSource {

    /** The namespace of classes and properties. */
    public static final String NS = "https://newsgraph.org/ns#";

    @Override
    public DatasetGraph load(GraphDatabaseService graph) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        org.apache.jena.graph.Graph g = dataset.getDefaultGraph();
        dataset.executeWrite(() -> {
            try (Transaction tx = graph.beginTx()) {
                tx.getAllNodes().forEach(n -> {
                    Node s = iri(n);
                    for (Label l : n.getLabels()) {
                        g.add(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI(NS + l.name())));
                    }
                    properties(g, s, n);
                });
                tx.getAllRelationships().forEach(r -> g.add(Triple.create(iri(r.getStartNode()),
                        NodeFactory.createURI(NS + r.getType().name()), iri(r.getEndNode()))));
            }
        });
        return dataset;
    }

    private static void properties(org.apache.jena.graph.Graph g, Node s, Entity e) {
        e.getAllProperties().forEach((key, value) -> {
            Node p = NodeFactory.createURI(NS + key);
            if (value instanceof String[] values) {
                for (String v : values) {
                    g.add(Triple.create(s, p, NodeFactory.createLiteralString(v)));
                }
            } else {
                g.add(Triple.create(s, p, NodeFactory.createLiteralString(String.valueOf(value))));
            }
        });
    }

    private static Node iri(org.neo4j.graphdb.Node n) {
        String label = n.getLabels().iterator().hasNext() ? n.getLabels().iterator().next().name() : "Node";
        Object id = n.getProperty("id", n.getElementId());
        return NodeFactory.createURI("urn:newsgraph:" + label + ":"
                + URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8));
    }

}

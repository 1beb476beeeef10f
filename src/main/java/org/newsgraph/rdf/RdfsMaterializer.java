package org.newsgraph.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Adds the RDFS entailments of {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} (rules rdfs5, rdfs7, rdfs9,
 * rdfs11) to the data, so that {@code ?x a sem:Event} finds every {@code ng:Summit} and {@code ?e sem:hasActor ?p}
 * every participant.
 *
 * <p>Design decision: materialised once per dataset rather than an {@code InfModel} consulted per query: the schema
 * closure is computed from the small ontology, then one pass over the data adds the entailed triples; queries then
 * run at the speed of a plain in-memory graph. Domain and range are not applied: in this ontology they document the
 * properties, and applying them would type literals' subjects in ways no query asks for.
 */
public final class RdfsMaterializer {

    private RdfsMaterializer() {
    }

    /** A new model with the ontology, the data and their entailments. */
    public static Model materialise(Model data, Model ontology) {
        Map<Node, Set<Node>> superClasses = closure(ontology.getGraph(), RDFS.subClassOf.asNode());
        Map<Node, Set<Node>> superProperties = closure(ontology.getGraph(), RDFS.subPropertyOf.asNode());
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(data.getNsPrefixMap());
        Graph g = out.getGraph();
        ontology.getGraph().find().forEachRemaining(g::add);
        addClosure(g, superClasses, RDFS.subClassOf.asNode());
        addClosure(g, superProperties, RDFS.subPropertyOf.asNode());
        Node type = RDF.type.asNode();
        data.getGraph().find().forEachRemaining(t -> {
            g.add(t);
            for (Node p : superProperties.getOrDefault(t.getPredicate(), Set.of())) {
                g.add(Triple.create(t.getSubject(), p, t.getObject()));
            }
            if (t.getPredicate().equals(type)) {
                for (Node c : superClasses.getOrDefault(t.getObject(), Set.of())) {
                    g.add(Triple.create(t.getSubject(), type, c));
                }
            }
        });
        return out;
    }

    /** For each node, every node above it along {@code relation}, transitively, excluding itself. */
    static Map<Node, Set<Node>> closure(Graph schema, Node relation) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        schema.find(Node.ANY, relation, Node.ANY).forEachRemaining(t ->
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> seen = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node next = todo.pop();
                if (!next.equals(start) && seen.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            all.put(start, seen);
        }
        return all;
    }

    private static void addClosure(Graph g, Map<Node, Set<Node>> closure, Node relation) {
        closure.forEach((sub, supers) -> supers.forEach(sup -> g.add(Triple.create(sub, relation, sup))));
    }
}

package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private static final List<String> KNOWLEDGE_BASE = List.of("countries", "organizations", "people", "places",
            "agreements", "offices", "cues");

    private final Model ontology = Ontology.model();

    @Test
    void everyClassAndPropertyHasLabelsAndCommentsInGermanAndEnglish() {
        for (Resource term : ontology.listSubjects().toList()) {
            if (!term.isURIResource() || !term.getURI().startsWith(Vocab.NG)) {
                continue;
            }
            for (String lang : List.of("de", "en")) {
                assertTrue(term.listProperties(RDFS.label).toList().stream()
                        .anyMatch(s -> s.getLanguage().equals(lang)), term + " has no rdfs:label@" + lang);
                assertTrue(term.listProperties(RDFS.comment).toList().stream()
                        .anyMatch(s -> s.getLanguage().equals(lang)), term + " has no rdfs:comment@" + lang);
            }
        }
    }

    @Test
    void theSchemaIsAlignedToSchemaOrgSemAndProv() {
        assertTrue(ontology.contains(ontology.getResource(Vocab.NG + "Event"), RDFS.subClassOf,
                ontology.getResource(Vocab.SEM + "Event")));
        assertTrue(ontology.contains(ontology.getResource(Vocab.NG + "Person"), RDFS.subClassOf,
                ontology.getResource(Vocab.SCHEMA + "Person")));
        assertTrue(ontology.contains(ontology.getResource(Vocab.NG + "Article"), RDFS.subClassOf,
                ontology.getResource(Vocab.PROV + "Entity")));
        assertTrue(ontology.contains(ontology.getResource(Vocab.NG + "Place"), RDFS.subClassOf,
                ontology.getResource(Vocab.SEM + "Place")));
    }

    @Test
    void everyTermTheKnowledgeBaseUsesIsDeclared() {
        Set<String> undeclared = new TreeSet<>();
        for (String file : KNOWLEDGE_BASE) {
            Model kb = Ontology.load("/ontology/" + file + ".ttl");
            kb.listStatements().forEachRemaining(s -> {
                check(s.getPredicate(), kb, file, undeclared);
                if (s.getPredicate().equals(RDF.type)) {
                    check(s.getObject(), kb, file, undeclared);
                }
            });
        }
        assertEquals(Set.of(), undeclared, "declare these in ontology/newsgraph.ttl");
    }

    private void check(RDFNode term, Model kb, String file, Set<String> undeclared) {
        if (!term.isURIResource() || !term.asResource().getURI().startsWith(Vocab.NG)) {
            return;
        }
        Resource r = term.asResource();
        boolean declared = ontology.contains(r, RDF.type, OWL.Class) || ontology.contains(r, RDF.type,
                OWL.ObjectProperty) || ontology.contains(r, RDF.type, OWL.DatatypeProperty)
                || ontology.contains(r, RDF.type, OWL.AnnotationProperty) || kb.contains(r, RDF.type);
        if (!declared) {
            undeclared.add(r.getLocalName() + " (" + file + ".ttl)");
        }
    }
}

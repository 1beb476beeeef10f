package org.newsgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.extract.EntityType;

/** The prefixes written into every export and known to every SPARQL query. */
final class Prefixes {

    private Prefixes() {
    }

    static void declare(PrefixMapping mapping, IriScheme iris) {
        mapping.setNsPrefix("ng", Vocab.NG);
        mapping.setNsPrefix("sem", Vocab.SEM);
        mapping.setNsPrefix("prov", Vocab.PROV);
        mapping.setNsPrefix("schema", Vocab.SCHEMA);
        mapping.setNsPrefix("skos", Vocab.SKOS);
        mapping.setNsPrefix("wd", Vocab.WIKIDATA);
        mapping.setNsPrefix("rdf", RDF.getURI());
        mapping.setNsPrefix("rdfs", RDFS.getURI());
        mapping.setNsPrefix("owl", OWL.getURI());
        mapping.setNsPrefix("xsd", XSD.getURI());
        mapping.setNsPrefix("id", iris.base());
        mapping.setNsPrefix("article", iris.base() + "article/");
        mapping.setNsPrefix("event", iris.base() + "event/");
        for (EntityType type : EntityType.values()) {
            mapping.setNsPrefix(type.label().toLowerCase(java.util.Locale.ROOT), iris.entity(type.label(), ""));
        }
    }
}

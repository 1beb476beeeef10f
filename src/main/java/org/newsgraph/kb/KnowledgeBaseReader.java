package org.newsgraph.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.ConfigurationException;
import org.newsgraph.extract.EntityType;
import org.newsgraph.ingest.PartialDate;

/** Reads the knowledge base out of one Jena model in the format of {@code ontology/README.md}. */
final class KnowledgeBaseReader {

    static final String NG = "https://newsgraph.org/ontology#";
    private static final String WD = "http://www.wikidata.org/entity/";

    private final Model m;

    KnowledgeBaseReader(Model model) {
        this.m = model;
    }

    KnowledgeBase read() {
        KnowledgeBase.Builder b = new KnowledgeBase.Builder();
        for (EntityType type : EntityType.values()) {
            m.listSubjectsWithProperty(RDF.type, m.createResource(NG + type.name()))
                    .forEachRemaining(r -> {
                        KbEntity e = entity(r, type);
                        b.entities.put(KnowledgeBase.key(type, e.id()), e);
                        if (type == EntityType.Organization) {
                            for (String prop : List.of("partOf", "institutionOf")) {
                                Statement whole = r.getProperty(p(prop));
                                if (whole != null && whole.getObject().isURIResource()) {
                                    b.partOf.putIfAbsent(e.id(), key(whole.getResource()));
                                }
                            }
                        }
                    });
        }
        m.listSubjectsWithProperty(RDF.type, m.createResource(NG + "OfficeRole"))
                .forEachRemaining(r -> b.roles.put(r.getLocalName(), role(r)));
        m.listStatements(null, p("holds"), (RDFNode) null).forEachRemaining(s -> b.holding(holding(s)));
        m.listSubjectsWithProperty(RDF.type, m.createResource(NG + "Cue")).forEachRemaining(r -> {
            for (Statement t : r.listProperties(p("types")).toList()) {
                EntityType type = EntityType.valueOf(t.getResource().getLocalName());
                strings(r, p("word")).forEach(w -> b.cues.put(KnowledgeBase.lower(w), type));
            }
        });
        m.listSubjectsWithProperty(RDF.type, m.createResource(NG + "LinkingLexicon")).forEachRemaining(r ->
                r.listProperties().forEachRemaining(s -> {
                    if (s.getObject().isLiteral()) {
                        b.lexicon.computeIfAbsent(s.getPredicate().getLocalName(), k -> new HashSet<>())
                                .add(KnowledgeBase.lower(s.getString()));
                    }
                }));
        return b.build();
    }

    private KbEntity entity(Resource r, EntityType type) {
        String id = key(r);
        String de = label(r, SKOS.prefLabel, "de");
        String en = label(r, SKOS.prefLabel, "en");
        if (de == null && en == null) {
            throw new ConfigurationException("expected a skos:prefLabel on " + r.getURI() + " in ontology/, found none");
        }
        Set<String> labels = new LinkedHashSet<>();
        labels.addAll(strings(r, SKOS.prefLabel));
        labels.addAll(strings(r, SKOS.altLabel));
        String family = first(strings(r, p("familyName")));
        String wikidata = null;
        for (Statement s : r.listProperties(OWL.sameAs).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(WD)) {
                wikidata = s.getResource().getURI().substring(WD.length());
            }
        }
        String standsFor = null;
        for (String prop : List.of("capitalOf", "seatOfGovernmentOf", "institutionOf")) {
            Statement s = r.getProperty(p(prop));
            if (s != null && s.getObject().isURIResource()) {
                standsFor = key(s.getResource());
                break;
            }
        }
        return new KbEntity(id, type, de != null ? de : en, en, new ArrayList<>(labels), strings(r, p("adjective")),
                strings(r, p("prefix")), family, wikidata, standsFor,
                strings(r, p("gender")).contains("female"));
    }

    private OfficeRole role(Resource r) {
        Set<String> words = new HashSet<>();
        strings(r, p("titleWord")).forEach(w -> words.add(KnowledgeBase.lower(w)));
        String label = label(r, RDFS.label, "en");
        Statement generic = r.getProperty(p("generic"));
        return new OfficeRole(r.getLocalName(), label == null ? r.getLocalName() : label, words,
                generic != null && generic.getObject().isLiteral() && generic.getBoolean());
    }

    private Holding holding(Statement s) {
        Resource h = s.getResource();
        Resource person = s.getSubject();
        Statement role = h.getProperty(p("role"));
        Statement of = h.getProperty(p("of"));
        if (role == null || of == null) {
            throw new ConfigurationException("expected ng:role and ng:of in every ng:holds of " + person.getURI()
                    + " in ontology/people.ttl, found " + (role == null ? "no ng:role" : "no ng:of"));
        }
        Set<String> titles = new HashSet<>();
        strings(h, p("title")).forEach(t -> titles.add(KnowledgeBase.lower(t)));
        String titleEn = label(h, p("title"), "en");
        String roleId = role.getResource().getLocalName();
        if (titleEn == null) {
            Resource roleRes = role.getResource();
            titleEn = label(roleRes, RDFS.label, "en");
        }
        return new Holding(key(person), roleId, key(of.getResource()), titles,
                titleEn == null ? roleId : titleEn, date(h, "since", person), date(h, "until", person));
    }

    private PartialDate date(Resource h, String prop, Resource person) {
        Statement s = h.getProperty(p(prop));
        if (s == null) {
            return null;
        }
        try {
            return PartialDate.parse(s.getLiteral().getLexicalForm());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("expected an ISO date in ng:" + prop + " of an office of "
                    + person.getURI() + ", found '" + s.getObject() + "'", e);
        }
    }

    private Property p(String local) {
        return m.createProperty(NG + local);
    }

    /** The key of an entity IRI: the part after the last '/'. */
    static String key(Resource r) {
        String uri = r.getURI();
        if (uri == null) {
            throw new ConfigurationException("expected an IRI for a knowledge-base entity, found a blank node");
        }
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String label(Resource r, Property prop, String lang) {
        for (Statement s : r.listProperties(prop).toList()) {
            if (s.getObject().isLiteral() && lang.equals(s.getLiteral().getLanguage())) {
                return s.getString();
            }
        }
        return null;
    }

    private static List<String> strings(Resource r, Property prop) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(prop).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                String v = ((Literal) o).getLexicalForm().strip();
                if (!v.isEmpty() && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}

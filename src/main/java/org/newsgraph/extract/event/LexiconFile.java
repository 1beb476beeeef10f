package org.newsgraph.extract.event;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.ConfigurationException;

/**
 * One lexicon file of {@code ontology/} read from the classpath, with typed accessors that name the file and the
 * resource when a value is missing or malformed.
 */
public final class LexiconFile {

    /** The namespace of the project's ontology terms. */
    public static final String NG = "https://newsgraph.org/ontology#";

    private final String name;
    private final Model model;

    private LexiconFile(String name, Model model) {
        this.name = name;
        this.model = model;
    }

    /** Reads {@code /ontology/<fileName>} from the classpath. */
    public static LexiconFile load(String fileName) {
        Model model = ModelFactory.createDefaultModel();
        read(fileName, model);
        return new LexiconFile("ontology/" + fileName, model);
    }

    /**
     * Reads several files of {@code ontology/} into one lexicon: a language's additions ({@code events-en.ttl})
     * over the base file ({@code events.ttl}). Entries of the later files add to those of the earlier ones.
     */
    public static LexiconFile load(List<String> fileNames) {
        if (fileNames.size() == 1) {
            return load(fileNames.get(0));
        }
        Model model = ModelFactory.createDefaultModel();
        fileNames.forEach(f -> read(f, model));
        return new LexiconFile("ontology/" + String.join(" + ontology/", fileNames), model);
    }

    private static void read(String fileName, Model model) {
        JenaSystem.init();
        String path = "/ontology/" + fileName;
        try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ConfigurationException("expected the lexicon " + path + " on the classpath, found nothing; "
                        + "run `mvn package` so that ontology/" + fileName + " is copied into the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            throw new ConfigurationException("could not read the lexicon ontology/" + fileName + ": " + e.getMessage()
                    + "; fix the Turtle syntax at the position given", e);
        }
    }

    public String name() {
        return name;
    }

    /** Every resource typed {@code ng:<type>}, in a stable order (by IRI). */
    public List<Resource> instances(String type) {
        List<Resource> out = new ArrayList<>(model.listSubjectsWithProperty(RDF.type, model.createResource(NG + type))
                .toList());
        out.sort((a, b) -> String.valueOf(a.getURI()).compareTo(String.valueOf(b.getURI())));
        return out;
    }

    /** The lexical forms of every literal value of {@code ng:<property>}. */
    public List<String> strings(Resource r, String property) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(prop(property)).toList()) {
            if (!s.getObject().isLiteral()) {
                throw malformed(r, property, "a literal", s.getObject());
            }
            out.add(s.getObject().asLiteral().getLexicalForm());
        }
        out.sort(null);
        return out;
    }

    /**
     * Every {@code ng:} property of {@code r} whose values are literals, as named word lists (property local name ->
     * values): a cue list added to the data is read without a change to the code.
     */
    public java.util.Map<String, List<String>> wordLists(Resource r) {
        java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
        for (Statement s : r.listProperties().toList()) {
            if (s.getPredicate().getURI().startsWith(NG) && s.getObject().isLiteral()) {
                lists.computeIfAbsent(s.getPredicate().getLocalName(), k -> new ArrayList<>())
                        .add(s.getObject().asLiteral().getLexicalForm());
            }
        }
        lists.values().forEach(l -> l.sort(null));
        return lists;
    }

    /** The one literal value of {@code ng:<property>}, or null when absent. */
    public String string(Resource r, String property) {
        List<String> all = strings(r, property);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The one literal value of {@code ng:<property>}; missing is an error. */
    public String required(Resource r, String property) {
        String s = string(r, property);
        if (s == null) {
            throw new ConfigurationException("expected ng:" + property + " on " + r.getURI() + " in " + name
                    + ", found none; add it");
        }
        return s;
    }

    public boolean flag(Resource r, String property) {
        return "true".equals(string(r, property));
    }

    /** Resource values of {@code ng:<property>}. */
    public List<Resource> resources(Resource r, String property) {
        List<Resource> out = new ArrayList<>();
        for (Statement s : r.listProperties(prop(property)).toList()) {
            if (!s.getObject().isResource()) {
                throw malformed(r, property, "a resource", s.getObject());
            }
            out.add(s.getObject().asResource());
        }
        return out;
    }

    private Property prop(String property) {
        return model.createProperty(NG + property);
    }

    private ConfigurationException malformed(Resource r, String property, String expected, RDFNode found) {
        return new ConfigurationException("expected ng:" + property + " of " + r.getURI() + " in " + name + " to be "
                + expected + ", found " + found + "; fix the entry");
    }
}

package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.newsgraph.ConfigurationException;

/** The ontology ({@code /ontology/newsgraph.ttl}) and the export's SHACL shapes ({@code /ontology/shapes.ttl}). */
public final class Ontology {

    public static final String ONTOLOGY = "/ontology/newsgraph.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";

    private Ontology() {
    }

    /** A fresh copy of the OWL ontology, read from the classpath. */
    public static Model model() {
        return load(ONTOLOGY);
    }

    /** A fresh copy of the SHACL shapes, read from the classpath. */
    public static Model shapes() {
        return load(SHAPES);
    }

    /** The bytes of a file of the ontology folder, from the classpath. */
    static byte[] text(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("expected " + resource + " on the classpath, found nothing; "
                        + "build with 'mvn package' so ontology/ is packaged into the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("expected " + resource + " on the classpath, found nothing; "
                        + "build with 'mvn package' so ontology/ is packaged into the jar");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://newsgraph.org/ontology").parse(model);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + resource + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new ConfigurationException("expected valid Turtle in ontology" + resource.substring(9)
                    + ", found an error: " + e.getMessage(), e);
        }
        return model;
    }
}

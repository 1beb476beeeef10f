package org.newsgraph.rdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The serialisations of {@code newsgraph export}; the quad formats put the data into one named graph. */
public enum RdfFormat {
    TURTLE(RDFFormat.TURTLE, "ttl"),
    NTRIPLES(RDFFormat.NTRIPLES_UTF8, "nt"),
    JSONLD(RDFFormat.JSONLD, "jsonld"),
    RDFXML(RDFFormat.RDFXML_PLAIN, "rdf"),
    TRIG(RDFFormat.TRIG, "trig"),
    NQUADS(RDFFormat.NQUADS_UTF8, "nq");

    private final RDFFormat jena;
    private final String extension;

    RdfFormat(RDFFormat jena, String extension) {
        this.jena = jena;
        this.extension = extension;
    }

    public RDFFormat jena() {
        return jena;
    }

    public Lang lang() {
        return jena.getLang();
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for TriG and N-Quads, which carry a graph name with each triple. */
    public boolean quads() {
        return this == TRIG || this == NQUADS;
    }

    /** The option value: {@code turtle}, {@code ntriples}, {@code jsonld}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RdfFormat fromId(String id) {
        for (RdfFormat f : values()) {
            if (f.id().equalsIgnoreCase(id.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected an RDF format ("
                + Arrays.stream(values()).map(RdfFormat::id).collect(Collectors.joining(", ")) + "), found '" + id
                + "'");
    }
}

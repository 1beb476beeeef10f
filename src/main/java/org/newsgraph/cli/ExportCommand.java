package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.GraphToRdf;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.RdfExporter;
import org.newsgraph.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export}: writes the graph as RDF in the terms of {@code ontology/newsgraph.ttl}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph as RDF (ontology/newsgraph.ttl; validates against ontology/shapes.ttl).",
                "Statements are direct triples (actor ng:demanded target) and reified rdf:Statement nodes with "
                        + "what, date, event, evidence and prov:wasDerivedFrom their articles.",
                "TriG and N-Quads put everything into one named graph, <BASE>graph."},
        footer = {"", "Examples:",
                "  newsgraph export --format turtle -o newsgraph.ttl",
                "  newsgraph export --format jsonld --base https://example.org/kg/ \\",
                "      > newsgraph.jsonld",
                "  newsgraph export --format nquads | riot --validate --syntax=nquads"})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    ServerOptions server;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, ntriples, jsonld, rdfxml, trig or nquads (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the resource IRIs; default:%n${DEFAULT-VALUE}")
    String base;

    @Override
    public Integer call() {
        RdfFormat rdfFormat = RdfFormat.fromId(format);
        IriScheme iris = new IriScheme(base);
        Model data;
        try (GraphConnection graph = GraphConnection.open(db, server, new StoreOptions(), false, System.err)) {
            data = new GraphToRdf(iris).read(graph.rdf());
        }
        RdfExporter exporter = new RdfExporter(iris);
        if (output == null) {
            exporter.write(data, rdfFormat, System.out);
            System.out.flush();
            return ExitCodes.OK;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            exporter.write(data, rdfFormat, out);
        } catch (IOException e) {
            throw new NewsgraphException("cannot write the export to " + output + " (" + e.getMessage()
                    + "); choose another path with -o", e);
        }
        System.err.println("newsgraph: wrote " + data.size() + " triples as " + rdfFormat.id() + " to " + output);
        return ExitCodes.OK;
    }
}

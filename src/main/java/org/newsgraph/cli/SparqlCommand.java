package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.query.QueryParameters;
import org.newsgraph.query.QuerySource;
import org.newsgraph.query.ResultFormatter;
import org.newsgraph.query.SparqlRunner;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.SparqlDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph sparql}: runs one SPARQL query over the graph as RDF, with RDFS inference from the ontology. */
@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over the graph as RDF (the export plus the ontology and its RDFS "
                + "entailments, so sem:Event, schema:Person and sem:hasActor work).",
                "Prefixes ng: sem: schema: prov: rdf: rdfs: owl: xsd: skos: wd: id: are declared."},
        footer = {"", "Examples:",
                "  newsgraph sparql \"SELECT ?name ?date WHERE { ?e a sem:Event ;",
                "      sem:hasActor/rdfs:label ?name ; ng:date ?date } ORDER BY ?date\"",
                "  newsgraph sparql --param name='Joe Biden' -f queries/events-of.rq \\",
                "      --format json"})
public final class SparqlCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    StoreOptions limits;

    @Mixin
    ServerOptions server;

    @Option(names = "--allow-service",
            description = "Let SERVICE clauses fetch other SPARQL endpoints (federated queries; off: a query could "
                    + "make this machine fetch any URL).")
    boolean allowService;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Binds the variable $NAME (or ?NAME) before the query runs (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from FILE.")
    Path file;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the resource IRIs; default:%n${DEFAULT-VALUE}")
    String base;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SPARQL query.")
    String query;

    @Override
    public Integer call() {
        QuerySource source = QuerySource.of(query, file);
        var out = CypherCommand.outputFormat(format);
        var parameters = QueryParameters.parse(params);
        IriScheme iris = new IriScheme(base);
        try (GraphConnection graph = GraphConnection.open(db, server, limits, false, System.err)) {
            Dataset dataset = new SparqlDataset(graph.rdf(), iris, graph.rdfCache()).current();
            var table = new SparqlRunner(dataset.getDefaultModel(), limits.timeout(), allowService)
                    .run(source.source(), dataset, source.text(), parameters);
            ResultFormatter.print(table, out, System.out);
        }
        return ExitCodes.OK;
    }
}

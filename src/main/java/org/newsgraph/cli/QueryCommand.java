package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.ConfigurationException;
import org.newsgraph.query.NamedQueries;
import org.newsgraph.query.NamedQuery;
import org.newsgraph.query.QueryLanguage;
import org.newsgraph.query.QueryParameters;
import org.newsgraph.query.ResultFormatter;
import org.newsgraph.query.ResultTable;
import org.newsgraph.query.SparqlRunner;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.SparqlDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query}: runs a named question of {@code queries/} in Cypher or as its SPARQL twin. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a named question from queries/: NAME runs NAME.cypher on Neo4j; NAME.rq or "
                + "--lang sparql runs its SPARQL twin over the RDF view. Both give the same answer.",
                "--list shows the questions and their parameters."},
        footer = {"", "Examples:",
                "  newsgraph query --list",
                "  newsgraph query who-met-whom",
                "  newsgraph query timeline --param a='Joe Biden' --param b='Wladimir Putin'",
                "  newsgraph query events-of.rq --param name='Wladimir Putin' --format json"})
public final class QueryCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    StoreOptions limits;

    @Mixin
    ServerOptions server;

    @Option(names = "--list", description = "List the named questions with their parameters.")
    boolean list;

    @Option(names = "--lang", paramLabel = "cypher|sparql",
            description = "Run the Cypher file or its SPARQL twin (default: cypher, or sparql for NAME.rq).")
    String lang;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the question (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the resource IRIs for SPARQL; default:%n${DEFAULT-VALUE}")
    String base;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The question: NAME, NAME.cypher or NAME.rq.")
    String name;

    @Override
    public Integer call() {
        NamedQueries queries = NamedQueries.load();
        if (list) {
            for (NamedQuery q : queries.all()) {
                System.out.printf("%-18s %s%n%-18s   parameters: %s%s%n", q.name(), q.question(), "",
                        q.parameterHelp(), q.sparql() == null ? "" : "  (Cypher and SPARQL)");
            }
            return ExitCodes.OK;
        }
        if (name == null) {
            throw new IllegalArgumentException("expected the name of a question or --list; "
                    + "'newsgraph query --list' shows them");
        }
        QueryLanguage language = language();
        String bare = name.replaceFirst("\\.(cypher|rq)$", "");
        NamedQuery query = queries.get(bare);
        Map<String, Object> parameters = QueryParameters.parse(params);
        List<String> missing = query.parameters().stream().filter(p -> !parameters.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("question '" + bare + "' needs " + missing.stream()
                    .map(p -> "--param " + p + "=...").reduce((a, b) -> a + " " + b).orElseThrow() + " ("
                    + query.parameterHelp() + ")");
        }
        if (query.text(language) == null) {
            throw new ConfigurationException("question '" + bare + "' has no " + language.id() + " file ("
                    + bare + "." + language.extension() + ") in queries/");
        }
        String source = "queries/" + bare + "." + language.extension();
        try (GraphConnection graph = GraphConnection.open(db, server, limits, false, System.err)) {
            ResultTable table;
            if (language == QueryLanguage.CYPHER) {
                table = graph.cypher(limits.timeout()).run(source, query.cypher(), parameters, false);
            } else {
                Dataset dataset = new SparqlDataset(graph.rdf(), new IriScheme(base), graph.rdfCache()).current();
                table = new SparqlRunner(dataset.getDefaultModel(), limits.timeout(), false)
                        .run(source, dataset, query.sparql(), parameters);
            }
            ResultFormatter.print(table, CypherCommand.outputFormat(format), System.out);
        }
        return ExitCodes.OK;
    }

    private QueryLanguage language() {
        if (lang != null) {
            try {
                return QueryLanguage.valueOf(lang.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected --lang cypher or sparql, found '" + lang + "'", e);
            }
        }
        return name.endsWith(".rq") ? QueryLanguage.SPARQL : QueryLanguage.CYPHER;
    }
}

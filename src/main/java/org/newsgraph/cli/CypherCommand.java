package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.query.CypherRunner;
import org.newsgraph.query.OutputFormat;
import org.newsgraph.query.QueryParameters;
import org.newsgraph.query.QuerySource;
import org.newsgraph.query.ResultFormatter;
import org.newsgraph.query.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph cypher}: runs one Cypher query on the graph, read-only unless {@code --write}. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Runs a Cypher query on the graph (read-only unless --write) and prints the rows.",
        footer = {"", "Examples:",
                "  newsgraph cypher \"MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event) RETURN p.name, e.kind, e.date\"",
                "  newsgraph cypher --format json --param name='Joe Biden' "
                        + "\"MATCH (p:Person {name: \\$name}) RETURN p\"",
                "  newsgraph cypher -f my-question.cypher --format csv > answer.csv"})
public final class CypherCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A query parameter $NAME (repeatable); NAME:int=5, NAME:float=0.5, NAME:bool=true for "
                    + "typed values.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from FILE.")
    Path file;

    @Option(names = "--write", description = "Allow the query to change the graph (and commit it).")
    boolean write;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The Cypher query.")
    String query;

    @Override
    public Integer call() {
        QuerySource source = QuerySource.of(query, file);
        OutputFormat out = outputFormat(format);
        var parameters = QueryParameters.parse(params);
        try (Neo4jDatabase database = open(db, write)) {
            ResultTable table = new CypherRunner(database.graph()).run(source.source(), source.text(), parameters,
                    write);
            ResultFormatter.print(table, out, System.out);
        }
        return ExitCodes.OK;
    }

    /** Opens the store; a command that only reads refuses a folder that holds no store yet. */
    static Neo4jDatabase open(DbOption db, boolean mayCreate) {
        Neo4jDatabase.Config config = Neo4jDatabase.Config.embedded(db.db());
        return mayCreate ? Neo4jDatabase.open(config) : Neo4jDatabase.openExisting(config);
    }

    static OutputFormat outputFormat(String id) {
        try {
            return OutputFormat.valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected --format table, json or csv, found '" + id + "'", e);
        }
    }
}

package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command: one subcommand class per verb, errors mapped to exit codes in one place.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a knowledge graph in embedded Neo4j, with Cypher, SPARQL and RDF.",
        subcommands = {
                CommandLine.HelpCommand.class,
                IngestCommand.class,
                StatsCommand.class,
                EvalCommand.class,
                BenchmarkCommand.class,
                CypherCommand.class,
                ExportCommand.class,
                SparqlCommand.class,
                QueryCommand.class,
                ServeCommand.class,
        },
        footer = {"", "Example:", "  java -jar target/newsgraph.jar ingest corpus/",
                "  java -jar target/newsgraph.jar cypher \"MATCH (p:Person) RETURN p.name\""})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests, without exiting the JVM). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line: one place maps exceptions to messages and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        // as wide as the terminal (80 columns on a pipe); examples are written to fit 80 columns
        cmd.setUsageHelpAutoWidth(true);
        return cmd;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return ExitCodes.USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "(development build)" : v)};
        }
    }
}

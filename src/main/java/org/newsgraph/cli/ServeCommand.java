package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServeConfig;
import org.newsgraph.serve.SparqlDatasetSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: Neo4j Browser, Bolt and a read-only SPARQL endpoint on the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: Neo4j Browser (HTTP), Bolt for drivers and 'ingest --neo4j', and a read-only "
                + "SPARQL 1.1 endpoint. Loopback only unless --bind is given, which needs a password (user neo4j).",
                "While it runs, other commands reach the graph over Bolt (ingest --neo4j URI)."},
        footer = {"", "Example:", "  java -jar target/newsgraph.jar serve --db graph.db",
                "  # then open the printed Browser URL; stop with Ctrl-C",
                "  NEWSGRAPH_PASSWORD=s3cret-pass java -jar target/newsgraph.jar serve --bind 0.0.0.0"})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--sparql-port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port of the SPARQL endpoint, the Browser guide and style (default: ${DEFAULT-VALUE}).")
    int sparqlPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other needs a password.")
    String bind;

    @Option(names = "--password", paramLabel = "P", description = "Password of user neo4j; turns authentication on "
            + "for Bolt and SPARQL (default: the NEWSGRAPH_PASSWORD environment variable, else none).")
    String password;


    @Override
    public Integer call() throws InterruptedException {
        long t0 = System.nanoTime();
        String pw = password != null ? password : System.getenv("NEWSGRAPH_PASSWORD");
        ServeConfig config = new ServeConfig(db.db(), bind, boltPort, httpPort, sparqlPort,
                pw == null || pw.isEmpty() ? null : pw);
        SparqlDatasetSource rdf = SparqlDatasetSource.newsgraph(IriScheme.defaults(),
                db.db().toAbsolutePath().normalize().resolve("rdf-cache"));
        NewsgraphServer server = NewsgraphServer.start(config, rdf);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph serve: stopping");
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-shutdown"));
        printUrls(System.out, server, (System.nanoTime() - t0) / 1e9);
        stopped.await();
        return ExitCodes.OK;
    }

    private static void printUrls(PrintStream out, NewsgraphServer server, double seconds) {
        ServeConfig c = server.config();
        out.printf(Locale.ROOT, "newsgraph serve: %s ready in %.1f s%n", server.database().dir(), seconds);
        out.println("  Neo4j Browser  " + server.browserUrl());
        out.println("  Bolt           " + server.boltUri() + (c.authEnabled()
                ? "  (user " + ServeConfig.USER + ", your password)" : "  (no authentication, this machine only)"));
        out.println("  SPARQL         " + server.sparqlUrl() + "  (read-only, SPARQL 1.1 protocol)");
        out.println("  Guide          :play " + server.guideUrl() + "  (Browser opens it on connect)");
        out.println("  Write          java -jar newsgraph.jar ingest --neo4j " + server.boltUri()
                + (c.authEnabled() ? " --user " + ServeConfig.USER + " --password P" : "") + " PATH...");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}

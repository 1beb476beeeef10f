package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
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

/**
 * {@code newsgraph serve}: Neo4j Browser, Bolt and a read-only SPARQL endpoint on the store, until Ctrl-C. Like
 * Jupyter with its token, it asks for a password by default, one it makes up for the run unless the user gives one,
 * and prints the Browser URL that logs in with it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph: Neo4j Browser (HTTP), Bolt for drivers and 'ingest --neo4j', and a read-only "
                + "SPARQL 1.1 endpoint, on this machine only unless --bind is given.",
                "Bolt, HTTP and SPARQL ask for user neo4j and a password: one made up for this run (printed in the "
                        + "Browser URL), or --password / NEWSGRAPH_PASSWORD. Only Browser's own pages may use them "
                        + "across origins.",
                "While it runs, cypher, query, sparql, export and stats on the same --db go through it by themselves."},
        footer = {"", "Examples:", "  java -jar target/newsgraph.jar serve --db graph.db",
                "  # then open the printed Browser URL; stop with Ctrl-C",
                "  NEWSGRAPH_PASSWORD=s3cret-pass java -jar target/newsgraph.jar serve \\",
                "      --bind 0.0.0.0 --timeout 5m"})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    StoreOptions limits;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--sparql-port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port of the SPARQL endpoint, the Browser guide and style (default: ${DEFAULT-VALUE}).")
    int sparqlPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every interface. Traffic "
                    + "is not encrypted.")
    String bind;

    @Option(names = "--password", paramLabel = "P", description = "Password of user neo4j (default: the "
            + "NEWSGRAPH_PASSWORD environment variable, else one made up for this run).")
    String password;

    @Option(names = "--no-auth", description = "No password at all, as before newsgraph asked for one: any program "
            + "and user on this machine can read and change the graph. Loopback only.")
    boolean noAuth;

    @Override
    public Integer call() throws InterruptedException {
        long t0 = System.nanoTime();
        PasswordChoice pw = choosePassword();
        ServeConfig config = new ServeConfig(db.db(), bind, boltPort, httpPort, sparqlPort, pw.password(),
                limits.timeout(), limits.allowCsvImport());
        SparqlDatasetSource rdf = SparqlDatasetSource.newsgraph(IriScheme.defaults(),
                db.db().toAbsolutePath().normalize().resolve("rdf-cache"));
        NewsgraphServer server = NewsgraphServer.start(config, rdf);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("newsgraph serve: stopping");
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-shutdown"));
        if (noAuth) {
            System.err.println("newsgraph serve: warning: --no-auth: Bolt, HTTP and SPARQL accept anyone who can "
                    + "connect to " + config.publicHost() + ", that is every program and user on this machine; "
                    + "they can read, change and delete the graph");
        }
        printUrls(System.out, server, pw, (System.nanoTime() - t0) / 1e9);
        stopped.await();
        return ExitCodes.OK;
    }

    /** Where the password came from, which decides how the Write hint names it. */
    private record PasswordChoice(String password, String source) {
    }

    private PasswordChoice choosePassword() {
        if (noAuth) {
            if (password != null) {
                throw new IllegalArgumentException("expected either --no-auth or --password, found both");
            }
            return new PasswordChoice(null, "none");
        }
        if (password != null && !password.isEmpty()) {
            return new PasswordChoice(password, "option");
        }
        String env = System.getenv("NEWSGRAPH_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return new PasswordChoice(env, "environment");
        }
        return new PasswordChoice(ServeConfig.newPassword(), "generated");
    }

    /**
     * How this program was started, for hints: {@code java -jar JAR} with the jar's path as seen from the working
     * directory (relative below it), or {@code java -cp CLASSPATH org.newsgraph.cli.Main} when not run from a jar.
     */
    static String launcher() {
        try {
            Path code = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.getFileName().toString().endsWith(".jar")) {
                Path cwd = Path.of("").toAbsolutePath();
                return "java -jar " + quoted((code.startsWith(cwd) ? cwd.relativize(code) : code).toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to name: fall back on the class path
        }
        return "java -cp " + quoted(System.getProperty("java.class.path")) + " " + Main.class.getName();
    }

    private static String quoted(String word) {
        return word.matches("[\\w./:@=+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static void printUrls(PrintStream out, NewsgraphServer server, PasswordChoice pw, double seconds) {
        ServeConfig c = server.config();
        out.printf(Locale.ROOT, "newsgraph serve: %s ready in %.1f s%n", server.database().dir(), seconds);
        out.println("  Neo4j Browser  " + server.browserUrl());
        out.println("  Bolt           " + server.boltUri() + (c.authEnabled()
                ? "  (user " + ServeConfig.USER + ", password " + switch (pw.source()) {
                    case "generated" -> pw.password() + ", made up for this run)";
                    case "environment" -> "from NEWSGRAPH_PASSWORD)";
                    default -> "from --password)";
                } : "  (no authentication: anyone on this machine)"));
        out.println("  SPARQL         " + server.sparqlUrl() + "  (read-only, SPARQL 1.1 protocol"
                + (c.authEnabled() ? ", same user and password)" : ")"));
        out.println("  Guide          :play " + server.guideUrl() + "  (Browser opens it on connect)");
        out.println("  Write          " + (pw.source().equals("generated")
                ? "NEWSGRAPH_PASSWORD=" + pw.password() + " " : "") + launcher() + " ingest --neo4j "
                + server.boltUri() + (pw.source().equals("option") ? " --password P" : "") + " PATH...");
        out.println("  Limits         queries stop after " + c.timeout() + "; LOAD CSV "
                + (c.allowCsvImport() ? "may read files and URLs (--allow-csv-import)" : "and SERVICE are off"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}

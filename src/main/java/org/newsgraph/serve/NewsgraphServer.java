package org.newsgraph.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.newsgraph.ConfigurationException;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.graph.ServedStore;
import org.newsgraph.serve.login.BrowserLogin;

/**
 * A running {@code newsgraph serve}: the store with Bolt and HTTP (Neo4j Browser), and the SPARQL endpoint. While it
 * runs, the store folder names it ({@link ServedStore}), so that other commands on the store go through it.
 *
 * <pre>{@code
 * try (NewsgraphServer server = NewsgraphServer.start(ServeConfig.local(Path.of("graph.db")), source)) {
 *     System.out.println(server.browserUrl());
 * }
 * }</pre>
 */
public final class NewsgraphServer implements AutoCloseable {

    private final ServeConfig config;
    private final Neo4jDatabase database;
    private final FusekiServer sparql;
    private final BrowserContent content;
    /** What the store folder says about this server while it runs, for the other commands. */
    private final ServedStore record;

    private NewsgraphServer(ServeConfig config, Neo4jDatabase database, FusekiServer sparql, BrowserContent content) {
        this.config = config;
        this.database = database;
        this.sparql = sparql;
        this.content = content;
        this.record = ServedStore.ofThisProcess(boltUri(), ServeConfig.USER, config.password());
    }

    /**
     * Opens the store and starts every listener; returns when all answer.
     *
     * @throws ConfigurationException when a port is taken
     * @throws org.newsgraph.StoreException when the store is held by another process or cannot be opened
     */
    public static NewsgraphServer start(ServeConfig config, SparqlDatasetSource source) {
        checkFree(config, config.boltPort(), "--bolt-port");
        checkFree(config, config.httpPort(), "--http-port");
        checkFree(config, config.sparqlPort(), "--sparql-port");
        String sparqlBase = "http://" + config.publicHost() + ":" + config.sparqlPort();
        BrowserContent content = new BrowserContent(sparqlBase,
                sparqlBase + SparqlEndpoint.DATASET + "/" + SparqlEndpoint.SERVICE);
        Neo4jDatabase database = Neo4jDatabase.open(config.storeConfig(), Neo4jListeners.settings(config, content));
        try {
            BoltOriginCheck.install(database.graph(), config.browserOrigins());
            if (config.authEnabled()) {
                database.dbms().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER " + ServeConfig.USER + " SET PASSWORD $pw CHANGE NOT REQUIRED",
                        Map.of("pw", config.password()), result -> null, Duration.ZERO);
            }
            Supplier<DatasetGraph> dataset = source.open(database.graph());
            FusekiServer sparql = SparqlEndpoint.start(config, dataset, content);
            warmUp(dataset);
            NewsgraphServer server = new NewsgraphServer(config, database, sparql, content);
            try {
                server.record.write(database.dir());
            } catch (RuntimeException e) {
                sparql.stop();
                throw e;
            }
            return server;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Builds the RDF view in the background, so Bolt and Browser are ready at once and the first SPARQL request
     * finds the dataset built (or waits for it).
     */
    private static void warmUp(Supplier<DatasetGraph> dataset) {
        Thread warmUp = new Thread(() -> {
            try {
                dataset.get();
            } catch (RuntimeException ignored) {
                // the server stopped while building; the next request (if any) reports its own error
            }
        }, "newsgraph-sparql-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void checkFree(ServeConfig config, int port, String option) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(config.bind(), port));
        } catch (IOException e) {
            throw new ConfigurationException("expected port " + port + " on " + config.bind() + " to be free, but it "
                    + "is in use (another newsgraph serve or Neo4j?); stop that, or choose another with " + option);
        }
    }

    public ServeConfig config() {
        return config;
    }

    /** The open store; write to it through {@link Neo4jDatabase#graph()} or over Bolt. */
    public Neo4jDatabase database() {
        return database;
    }

    public String boltUri() {
        return "bolt://" + config.publicHost() + ":" + config.boltPort();
    }

    public String httpUrl() {
        return "http://" + config.publicHost() + ":" + config.httpPort();
    }

    /**
     * Neo4j Browser, set to connect to our Bolt listener by itself: with a password, the login page
     * ({@link BrowserLogin}) with the password in the URL's fragment; without, Browser with {@code NO_AUTH}.
     */
    public String browserUrl() {
        return browserUrl(null);
    }

    /** {@link #browserUrl()} with {@code editorText} (a query) put into Browser's editor, or none when null. */
    public String browserUrl(String editorText) {
        String edit = editorText == null ? "" : "cmd=edit&arg=" + encode(editorText);
        if (config.authEnabled()) {
            return httpUrl() + BrowserLogin.PATH + (edit.isEmpty() ? "" : "?" + edit) + "#password="
                    + encode(config.password());
        }
        return httpUrl() + "/browser/?dbms=" + boltUri() + "&preselectAuthMethod=NO_AUTH"
                + (edit.isEmpty() ? "" : "&" + edit);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The SPARQL 1.1 query endpoint. */
    public String sparqlUrl() {
        return content.sparqlUrl();
    }

    public String guideUrl() {
        return content.guideUrl();
    }

    public String styleUrl() {
        return content.styleUrl();
    }

    /** Removes the store's record of this server, stops the SPARQL endpoint, then the DBMS (Bolt, HTTP, store). */
    @Override
    public void close() {
        record.remove(database.dir());
        try {
            sparql.stop();
        } finally {
            database.close();
        }
    }
}

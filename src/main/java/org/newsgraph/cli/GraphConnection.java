package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.newsgraph.StoreException;
import org.newsgraph.graph.BoltCypherRunner;
import org.newsgraph.graph.EmbeddedCypherRunner;
import org.newsgraph.graph.GraphStore;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.graph.ServedStore;
import org.newsgraph.query.BoltQueryRunner;
import org.newsgraph.query.CypherEngine;
import org.newsgraph.query.CypherRunner;
import org.newsgraph.query.Timeout;
import org.newsgraph.rdf.GraphSource;

/**
 * The graph a command works on: the embedded store in {@code --db}; a server given with {@code --neo4j}; or, when a
 * {@code newsgraph serve} holds the store, that serve over Bolt (with the address and password it recorded in the
 * store folder), said in one line on standard error.
 *
 * <pre>{@code
 * try (GraphConnection graph = GraphConnection.open(db, server, limits, false, System.err)) {
 *     ResultTable t = graph.cypher(limits.timeout()).run("the command line", query, params, false);
 * }
 * }</pre>
 *
 * Design decision: the embedded store and a server answer the same questions with the same values (the same
 * Cypher, the same RDF mapping over rows); only how a connection is opened differs, so a command does not care.
 */
final class GraphConnection implements AutoCloseable {

    private final Neo4jDatabase embedded;
    private final String uri;
    private final String user;
    private final String password;
    private final Path rdfCache;
    private final List<AutoCloseable> opened = new ArrayList<>();

    private GraphConnection(Neo4jDatabase embedded, String uri, String user, String password, Path rdfCache) {
        this.embedded = embedded;
        this.uri = uri;
        this.user = user;
        this.password = password;
        this.rdfCache = rdfCache;
    }

    /**
     * @param mayCreate whether a store that does not exist yet may be created (only {@code cypher --write})
     * @param err where to say that the command goes through a running serve
     * @throws StoreException when there is no store, it is held by another process, or the server cannot be reached
     */
    static GraphConnection open(DbOption db, ServerOptions server, StoreOptions limits, boolean mayCreate,
                                PrintStream err) {
        if (server.uri() != null) {
            String pw = server.password();
            return new GraphConnection(null, server.uri(), pw == null ? null : server.user(), pw, null).check();
        }
        Path dir = db.db().toAbsolutePath().normalize();
        if (!mayCreate && !Files.isDirectory(dir)) {
            throw new StoreException("expected a graph store at " + dir + ", found none; run "
                    + "'newsgraph ingest corpus/' first, point --db at the store, or read a server with --neo4j URI");
        }
        var served = ServedStore.find(dir);
        if (served.isPresent()) {
            ServedStore s = served.get();
            err.println("newsgraph: " + db.db() + " is held by 'newsgraph serve' (process " + s.pid()
                    + "); going through it at " + s.bolt());
            err.flush();
            return new GraphConnection(null, s.bolt(), s.password() == null ? null : s.user(), s.password(),
                    dir.resolve("rdf-cache")).check();
        }
        Neo4jDatabase.Config config = limits.config(dir);
        // a command that only reads leaves the store's schema alone (GraphSchema costs a short command time)
        Neo4jDatabase store = mayCreate ? Neo4jDatabase.open(config) : Neo4jDatabase.openExisting(config);
        return new GraphConnection(store, null, null, null, dir.resolve("rdf-cache"));
    }

    /** Reaches the server now, so that a wrong address or password is said before any work. */
    private GraphConnection check() {
        opened.add(BoltCypherRunner.driver(uri, user, password));
        return this;
    }

    /** Runs Cypher queries that stop at {@code timeout}. */
    CypherEngine cypher(Timeout timeout) {
        if (embedded != null) {
            return new CypherRunner(embedded.graph(), timeout);
        }
        return new BoltQueryRunner((Driver) opened.get(0), uri, timeout);
    }

    /** The graph for the RDF mapping (read without a time limit). */
    GraphSource rdf() {
        if (embedded != null) {
            return GraphSource.embedded(embedded.graph());
        }
        return GraphSource.of(keep(BoltCypherRunner.connect(uri, user, password, Duration.ZERO)));
    }

    /** The graph as newsgraph's store (counts and the like; read without a time limit). */
    GraphStore store() {
        if (embedded != null) {
            return GraphStore.reading(new EmbeddedCypherRunner(embedded, false));
        }
        return new GraphStore(keep(BoltCypherRunner.connect(uri, user, password, Duration.ZERO)));
    }

    /** Where the RDF view may be cached between commands: the store folder's, or none for a server of its own. */
    Path rdfCache() {
        return rdfCache;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing a connection that failed already
            }
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}

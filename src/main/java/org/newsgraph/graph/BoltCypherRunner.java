package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.SummaryCounters;
import org.newsgraph.StoreException;

/**
 * Runs Cypher in transactions of a Neo4j 5 server (a running {@code newsgraph serve}, a standalone server or a
 * cluster) through the official Java driver, so the graph is written by the same statements as the embedded store.
 *
 * <pre>{@code
 * try (GraphStore store = new GraphStore(BoltCypherRunner.connect("bolt://127.0.0.1:7687", null, null))) {
 *     store.write(facts);
 * }
 * }</pre>
 *
 * Design decision: units of work run as managed transactions ({@code executeWrite}), which the driver retries on
 * transient errors and routes to the leader in a cluster; a unit of work must therefore not have side effects
 * outside the transaction.
 */
public final class BoltCypherRunner implements CypherRunner {

    private final Driver driver;
    private final String uri;
    private final TransactionConfig transactions;

    private BoltCypherRunner(Driver driver, String uri, TransactionConfig transactions) {
        this.driver = driver;
        this.uri = uri;
        this.transactions = transactions;
    }

    /**
     * Connects and checks that the server answers.
     *
     * @param uri {@code bolt://HOST:PORT} or {@code neo4j://HOST:PORT} (with {@code +s} for TLS)
     * @param user the user, or null for a server without authentication
     * @param password the password (with {@code user})
     * @throws StoreException when the server cannot be reached or refuses the credentials
     */
    public static BoltCypherRunner connect(String uri, String user, String password) {
        return new BoltCypherRunner(driver(uri, user, password), uri, TransactionConfig.empty());
    }

    /**
     * Like {@link #connect(String, String, String)}, with transactions that may run for {@code timeout} (for ever when
     * it is zero) whatever the server's default ({@code db.transaction.timeout}).
     */
    public static BoltCypherRunner connect(String uri, String user, String password, java.time.Duration timeout) {
        return new BoltCypherRunner(driver(uri, user, password), uri,
                TransactionConfig.builder().withTimeout(timeout).build());
    }

    /**
     * A driver for {@code uri} that has reached the server.
     *
     * @throws StoreException when the URI is not a Bolt URI, or the server cannot be reached or refuses the credentials
     */
    public static Driver driver(String uri, String user, String password) {
        Objects.requireNonNull(uri, "uri");
        if (!uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
            throw new StoreException("expected --neo4j to be a Bolt URI such as bolt://127.0.0.1:7687 or "
                    + "neo4j://host:7687, found '" + uri + "'");
        }
        AuthToken auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        Driver driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("the Neo4j server at " + uri + " refused the credentials"
                    + (user == null ? " (none were given)" : " of user '" + user + "'")
                    + "; give --user and --password (newsgraph serve uses user neo4j)", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("cannot reach a Neo4j server at " + uri + " (" + e.getMessage()
                    + "); start one with 'newsgraph serve' or check the address", e);
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("cannot connect to the Neo4j server at " + uri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T write(Function<CypherTx, T> work) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> work.apply((cypher, params) -> run(tx, cypher, params)), transactions);
        } catch (Neo4jException e) {
            throw new StoreException("the Neo4j server at " + uri + " failed a write: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T read(Function<CypherTx, T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> work.apply((cypher, params) -> run(tx, cypher, params)), transactions);
        } catch (Neo4jException e) {
            throw new StoreException("the Neo4j server at " + uri + " failed a read: " + e.getMessage(), e);
        }
    }

    private static CypherTx.Result run(TransactionContext tx, String cypher, Map<String, Object> params) {
        Result result = tx.run(cypher, params);
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.hasNext()) {
            Map<String, Object> row = new LinkedHashMap<>();
            result.next().fields().forEach(pair -> row.put(pair.key(), plain(pair.value())));
            rows.add(row);
        }
        SummaryCounters c = result.consume().counters();
        return new CypherTx.Result(rows, new CypherTx.Counts(c.nodesCreated(), c.nodesDeleted(),
                c.relationshipsCreated(), c.relationshipsDeleted()));
    }

    /** Driver values as plain Java, the same shapes as {@link EmbeddedCypherRunner}'s rows. */
    private static Object plain(Value value) {
        return EmbeddedCypherRunner.plain(value.asObject());
    }

    @Override
    public String location() {
        return uri;
    }

    @Override
    public void close() {
        driver.close();
    }
}

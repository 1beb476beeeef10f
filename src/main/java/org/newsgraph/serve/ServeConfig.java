package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.ConfigurationException;

/**
 * Where {@code newsgraph serve} listens and how it protects the graph.
 *
 * @param db the store folder
 * @param bind the address every listener binds to ({@code 127.0.0.1} by default)
 * @param boltPort Bolt (drivers, Neo4j Browser's queries)
 * @param httpPort HTTP (Neo4j Browser's pages)
 * @param sparqlPort the SPARQL endpoint, the Browser guide and the style
 * @param password the password of user {@code neo4j}, or null for no authentication (loopback only)
 */
public record ServeConfig(Path db, String bind, int boltPort, int httpPort, int sparqlPort, String password) {

    /** The user that {@link #password()} belongs to, on Bolt and on the SPARQL endpoint. */
    public static final String USER = "neo4j";

    public ServeConfig {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(bind, "bind");
        checkPort("--bolt-port", boltPort);
        checkPort("--http-port", httpPort);
        checkPort("--sparql-port", sparqlPort);
        if (boltPort == httpPort || boltPort == sparqlPort || httpPort == sparqlPort) {
            throw new ConfigurationException("expected three different ports, found bolt " + boltPort + ", http "
                    + httpPort + ", sparql " + sparqlPort + "; change one of --bolt-port, --http-port, --sparql-port");
        }
        if (password != null && password.length() < 8) {
            throw new ConfigurationException("expected a password of at least 8 characters (Neo4j's minimum), found "
                    + password.length() + "; give a longer --password or NEWSGRAPH_PASSWORD");
        }
        if (password == null && !isLoopback(bind)) {
            throw new ConfigurationException("binding to " + bind + " would let other machines read and write the "
                    + "graph without authentication; give --password P or set NEWSGRAPH_PASSWORD (user " + USER
                    + "), or keep the default --bind 127.0.0.1");
        }
    }

    /** Loopback listeners on the default ports, without authentication. */
    public static ServeConfig local(Path db) {
        return new ServeConfig(db, "127.0.0.1", 7687, 7474, 3030, null);
    }

    /** Whether Bolt and SPARQL ask for user {@link #USER} and {@link #password()}. */
    public boolean authEnabled() {
        return password != null;
    }

    /** Whether {@link #bind()} is a loopback address, so only this machine can connect. */
    public boolean loopback() {
        return isLoopback(bind);
    }

    /** The host clients put in URLs: the bind address, or 127.0.0.1 when binding to every interface. */
    public String publicHost() {
        try {
            return InetAddress.getByName(bind).isAnyLocalAddress() ? "127.0.0.1" : bind;
        } catch (UnknownHostException e) {
            return bind;
        }
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigurationException("expected --bind to be an address of this machine, found '" + bind
                    + "' which does not resolve; give an IP address such as 127.0.0.1", e);
        }
    }

    private static void checkPort(String option, int port) {
        if (port < 1 || port > 65535) {
            throw new ConfigurationException("expected " + option + " between 1 and 65535, found " + port);
        }
    }

    @Override
    public String toString() {
        return "ServeConfig[db=" + db + ", bind=" + bind + ", bolt=" + boltPort + ", http=" + httpPort + ", sparql="
                + sparqlPort + ", auth=" + authEnabled() + "]";
    }
}

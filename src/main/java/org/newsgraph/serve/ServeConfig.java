package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.ConfigurationException;
import org.newsgraph.graph.Neo4jDatabase;
import org.newsgraph.query.Timeout;

/**
 * Where {@code newsgraph serve} listens and how it protects the graph.
 *
 * @param db the store folder
 * @param bind the address every listener binds to ({@code 127.0.0.1} by default)
 * @param boltPort Bolt (drivers, Neo4j Browser's queries)
 * @param httpPort HTTP (Neo4j Browser's pages)
 * @param sparqlPort the SPARQL endpoint, the Browser guide and the style
 * @param password the password of user {@code neo4j}, or null for no authentication (loopback only)
 * @param timeout the longest a query or transaction may run, over Bolt, HTTP and SPARQL
 * @param allowCsvImport whether Cypher's LOAD CSV may read local files and fetch URLs
 */
public record ServeConfig(Path db, String bind, int boltPort, int httpPort, int sparqlPort, String password,
                          Timeout timeout, boolean allowCsvImport) {

    /** The user that {@link #password()} belongs to, on Bolt and on the SPARQL endpoint. */
    public static final String USER = "neo4j";

    private static final SecureRandom RANDOM = new SecureRandom();

    public ServeConfig {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(timeout, "timeout");
        checkPort("--bolt-port", boltPort);
        checkPort("--http-port", httpPort);
        checkPort("--sparql-port", sparqlPort);
        if (boltPort == httpPort || boltPort == sparqlPort || httpPort == sparqlPort) {
            throw new ConfigurationException("expected three different ports, found bolt " + boltPort + ", http "
                    + httpPort + ", sparql " + sparqlPort + "; change one of --bolt-port, --http-port, --sparql-port");
        }
        checkLocal(bind);
        if (password != null && password.length() < 8) {
            throw new ConfigurationException("expected a password of at least 8 characters (Neo4j's minimum), found "
                    + password.length() + "; give a longer --password or NEWSGRAPH_PASSWORD");
        }
        if (password == null && !isLoopback(bind)) {
            throw new ConfigurationException("binding to " + bind + " would let other machines read and write the "
                    + "graph without authentication; drop --no-auth (serve then makes up a password), give "
                    + "--password P or set NEWSGRAPH_PASSWORD (user " + USER + "), or keep the default --bind "
                    + "127.0.0.1");
        }
    }

    /** With the default timeout and LOAD CSV off. */
    public ServeConfig(Path db, String bind, int boltPort, int httpPort, int sparqlPort, String password) {
        this(db, bind, boltPort, httpPort, sparqlPort, password, Timeout.DEFAULT, false);
    }

    /** Loopback listeners on the default ports, without authentication. */
    public static ServeConfig local(Path db) {
        return new ServeConfig(db, "127.0.0.1", 7687, 7474, 3030, null);
    }

    /** A new password for one run of serve: 24 characters from 144 random bits, safe in a URL. */
    public static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether Bolt, HTTP and SPARQL ask for user {@link #USER} and {@link #password()}. */
    public boolean authEnabled() {
        return password != null;
    }

    /** Whether {@link #bind()} is a loopback address, so only this machine can connect. */
    public boolean loopback() {
        return isLoopback(bind);
    }

    /** The host clients put in URLs: the bind address, or 127.0.0.1 when binding to every interface. */
    public String publicHost() {
        return address(bind).isAnyLocalAddress() ? "127.0.0.1" : bind;
    }

    /** How serve opens the store: its timeout and LOAD CSV setting. */
    public Neo4jDatabase.Config storeConfig() {
        return Neo4jDatabase.Config.embedded(db).withTimeout(timeout.duration()).withCsvImport(allowCsvImport);
    }

    /** The origin of the Browser that serve prints, e.g. {@code http://127.0.0.1:7474}. */
    public String browserOrigin() {
        return "http://" + urlHost(publicHost()) + ":" + httpPort;
    }

    /**
     * The origins whose pages may talk to serve's listeners across origins: Neo4j Browser as served on the HTTP port,
     * under every name this machine answers to on {@link #bind()} (for loopback also {@code localhost}).
     */
    public Set<String> browserOrigins() {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(publicHost());
        InetAddress address = address(bind);
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            hosts.add("127.0.0.1");
            hosts.add("localhost");
            hosts.add("::1");
        }
        if (address.isAnyLocalAddress()) {
            hosts.addAll(namesOfThisMachine());
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String host : hosts) {
            origins.add("http://" + urlHost(host) + ":" + httpPort);
        }
        return Collections.unmodifiableSet(origins);
    }

    /** The addresses of this machine's interfaces and its host name, as they appear in URLs. */
    private static Set<String> namesOfThisMachine() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    names.add(a.getHostAddress().replaceFirst("%.*$", ""));
                }
            }
            InetAddress self = InetAddress.getLocalHost();
            names.add(self.getHostName());
            names.add(self.getCanonicalHostName());
        } catch (SocketException | UnknownHostException e) {
            // the loopback names are in already; a machine without a resolvable name is still served on them
        }
        return names;
    }

    /** A host as it appears in a URL: IPv6 addresses in brackets. */
    private static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean isLoopback(String bind) {
        return address(bind).isLoopbackAddress();
    }

    private static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ConfigurationException("expected --bind to be an address of this machine, found '" + bind
                    + "' which does not resolve; give an IP address such as 127.0.0.1", e);
        }
    }

    /** Listeners can only bind to the wildcard, loopback, or an address one of this machine's interfaces has. */
    private static void checkLocal(String bind) {
        InetAddress address = address(bind);
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return;
        }
        try {
            if (NetworkInterface.getByInetAddress(address) != null) {
                return;
            }
        } catch (SocketException e) {
            return; // cannot tell; binding will say
        }
        String own = String.join(", ", namesOfThisMachine().stream()
                .filter(n -> Character.isDigit(n.charAt(0)) || n.contains(":")).toList());
        throw new ConfigurationException("expected --bind to be one of this machine's addresses (" + own + "), "
                + "0.0.0.0 for all of them, or 127.0.0.1; found " + bind + ", which is not an address of this "
                + "machine, so nothing can listen on it");
    }

    private static void checkPort(String option, int port) {
        if (port < 1 || port > 65535) {
            throw new ConfigurationException("expected " + option + " between 1 and 65535, found " + port);
        }
    }

    @Override
    public String toString() {
        return "ServeConfig[db=" + db + ", bind=" + bind + ", bolt=" + boltPort + ", http=" + httpPort + ", sparql="
                + sparqlPort + ", auth=" + authEnabled() + ", timeout=" + timeout + ", csv=" + allowCsvImport + "]";
    }
}

package org.newsgraph.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;
import org.newsgraph.serve.login.BrowserLogin;

/**
 * The settings that turn the embedded store into a server: Bolt and HTTP listeners, authentication, cross-origin
 * reading of the HTTP API for Browser's own origin only ({@code dbms.security.http_access_control_allow_origin},
 * {@code *} by default), the login page ({@link BrowserLogin}) on the HTTP port, and the two Neo4j Browser settings
 * that make a connecting Browser load our style and guide.
 *
 * <p>Design decision: Browser reads {@code browser.post_connect_cmd} and
 * {@code browser.remote_content_hostname_whitelist} over Bolt ({@code CALL dbms.clientConfig()}) right after it
 * connects and runs each {@code ;}-separated command; {@code :style URL} and {@code :play URL} fetch from hosts on
 * that allow-list only.
 */
final class Neo4jListeners {

    private Neo4jListeners() {
    }

    /** The builder customizer for {@link org.newsgraph.graph.Neo4jDatabase#open}. */
    static Consumer<DatabaseManagementServiceBuilder> settings(ServeConfig config, BrowserContent content) {
        String host = config.publicHost();
        return builder -> builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(config.bind(), config.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, config.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(config.bind(), config.httpPort()))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(host, config.httpPort()))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.auth_enabled, config.authEnabled())
                .setConfig(ServerSettings.http_access_control_allow_origin, config.browserOrigin())
                .setConfig(ServerSettings.third_party_packages, List.of(new ThirdPartyJaxRsPackage(
                        BrowserLogin.class.getPackageName(), BrowserLogin.MOUNT)))
                .setConfig(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", BrowserLogin.PATH))
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommands(content))
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, allowedHosts(config));
    }

    /** What Browser runs after connecting: apply our style, then open our guide. */
    static String postConnectCommands(BrowserContent content) {
        return "style " + content.styleUrl() + "; play " + content.guideUrl();
    }

    private static String allowedHosts(ServeConfig config) {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("localhost");
        hosts.add("127.0.0.1");
        hosts.add(config.publicHost());
        return String.join(",", hosts);
    }
}

package org.newsgraph.serve;

import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.StoreException;

/**
 * The read-only SPARQL 1.1 endpoint ({@code /newsgraph/sparql}, query operation only: no update, no Graph Store
 * writes) and the Browser content, on one Fuseki server. Queries are answered as {@code newsgraph sparql} answers
 * them ({@link SparqlQueryProcessor}); with a password the endpoint asks for it, the Browser content does not (it
 * holds no data); pages of other origins than Browser's may not read it ({@link CorsFilter}).
 *
 * <pre>{@code
 * FusekiServer fuseki = SparqlEndpoint.start(config, dataset, content);
 * }</pre>
 */
final class SparqlEndpoint {

    /** The dataset's path on the server. */
    static final String DATASET = "/newsgraph";
    /** The query service under {@link #DATASET}. */
    static final String SERVICE = "sparql";

    private SparqlEndpoint() {
    }

    static FusekiServer start(ServeConfig config, Supplier<DatasetGraph> dataset, BrowserContent content) {
        AuthPolicy policy = config.authEnabled() ? Auth.policyAllowSpecific(ServeConfig.USER) : null;
        DataService service = DataService.newBuilder(new LiveDatasetGraph(dataset))
                .addEndpoint(Operation.Query, SERVICE, policy)
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.sparqlPort())
                .loopback(config.loopback())
                .enableCors(false)
                .registerOperation(Operation.Query, new SparqlQueryProcessor(
                        () -> dataset.get().getDefaultGraph().getPrefixMapping(), config.timeout()))
                .addFilter("/*", new CorsFilter(config.browserOrigins()))
                .add(DATASET, service)
                .addServlet(BrowserContent.PATH + "/*", content.servlet(dataset));
        if (config.authEnabled()) {
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(Auth.dftRealm,
                    JettySecurityLib.makeUserStore(ServeConfig.USER, config.password()), AuthScheme.BASIC));
        }
        FusekiServer server = builder.build();
        if (!config.loopback()) {
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector sc) {
                    sc.setHost(config.bind());
                }
            }
        }
        try {
            return server.start();
        } catch (RuntimeException e) {
            throw new StoreException("cannot start the SPARQL endpoint on " + config.bind() + ":"
                    + config.sparqlPort() + " (" + e.getMessage() + "); is the port in use? choose another with "
                    + "--sparql-port", e);
        }
    }
}

package org.newsgraph.serve.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * The page behind the Browser URL that {@code serve} prints ({@code /newsgraph/login#password=...}), on Neo4j's own
 * HTTP port so that it shares Neo4j Browser's origin: its script hands the password from the URL's fragment to
 * Browser and opens Browser, which then connects by itself.
 *
 * <p>Design decision: Neo4j Browser 5.24 takes a host and a user from its URL ({@code dbms=bolt://user@host}) but
 * never a password; it does connect at start-up with the credentials it finds in its own local storage
 * ({@code neo4j.connections}, which Browser keeps on Community Edition). The page writes them there. The password
 * travels in the fragment, which browsers do not send to servers, so it shows in no request and no log; the page
 * holds no secret and needs no login (it is on {@code dbms.security.http_auth_allowlist}).
 */
@Path("/login")
public final class BrowserLogin {

    /** Where Neo4j mounts this package on the HTTP port. */
    public static final String MOUNT = "/newsgraph";
    /** The page's path on the HTTP port. */
    public static final String PATH = MOUNT + "/login";

    private static final String PAGE = load();

    @GET
    @Produces("text/html;charset=utf-8")
    public Response page() {
        return Response.ok(PAGE).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static String load() {
        try (InputStream in = BrowserLogin.class.getResourceAsStream("login.html")) {
            if (in == null) {
                throw new IllegalStateException("expected org/newsgraph/serve/login/login.html on the classpath, "
                        + "found none; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.ConfigurationException;
import org.newsgraph.query.NamedQueries;

/**
 * The style and the guide that Neo4j Browser fetches after connecting, served beside the SPARQL endpoint under
 * {@value #PATH}.
 *
 * @param baseUrl the SPARQL server's root, e.g. {@code http://127.0.0.1:3030}
 * @param sparqlUrl the SPARQL endpoint, shown in the guide
 */
public record BrowserContent(String baseUrl, String sparqlUrl) {

    /** Where the content is mounted on the SPARQL server. */
    public static final String PATH = "/browser-content";

    public String styleUrl() {
        return baseUrl + PATH + "/style.grass";
    }

    public String guideUrl() {
        return baseUrl + PATH + "/guide.html";
    }

    /** The GraSS style sheet packaged with newsgraph. */
    public static String style() {
        try (InputStream in = BrowserContent.class.getResourceAsStream("style.grass")) {
            if (in == null) {
                throw new ConfigurationException("expected the Browser style org/newsgraph/serve/style.grass on the "
                        + "classpath, found none; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the Browser style style.grass: " + e.getMessage(), e);
        }
    }

    /** The guide, built from the named questions on the classpath; SPARQL shown with the dataset's prefixes. */
    public String guide(PrefixMapping prefixes) {
        return BrowserGuide.render(NamedQueries.load().all(), sparqlUrl, prefixes);
    }

    /** Serves {@code style.grass} and {@code guide.html}; anything else is 404. */
    HttpServlet servlet(Supplier<DatasetGraph> dataset) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo();
                switch (path) {
                    case "/style.grass" -> send(response, "text/plain", style());
                    case "/guide.html" -> send(response, "text/html",
                            guide(dataset.get().getDefaultGraph().getPrefixMapping()));
                    default -> response.sendError(HttpServletResponse.SC_NOT_FOUND,
                            "expected " + PATH + "/style.grass or " + PATH + "/guide.html");
                }
            }
        };
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type + ";charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}

package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Lets Neo4j Browser, as serve prints it, read the SPARQL endpoint and the Browser content across origins, and no
 * other page: Browser (on the HTTP port) fetches the style and guide with {@code Pragma} and {@code Cache-Control}
 * headers, so it sends a preflight that Fuseki's own CORS filter refuses.
 *
 * <p>Design decision: an allowed origin is named back in {@code Access-Control-Allow-Origin} (never {@code *}); any
 * other origin gets no CORS header, so the browser keeps the answer from the page, and its preflight is refused with
 * 403. Credentials are never shared across origins ({@code Access-Control-Allow-Credentials} is not sent).
 */
final class CorsFilter implements Filter {

    private final Set<String> allowed;

    /** @param allowedOrigins the origins that may read, e.g. {@code http://127.0.0.1:7474} */
    CorsFilter(Set<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (origin != null) {
            response.setHeader("Vary", "Origin");
            if (!allowed.contains(origin)) {
                if (preflight) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "expected a page of Neo4j Browser as "
                            + "newsgraph serve prints it (" + String.join(", ", allowed) + "), found " + origin);
                    return;
                }
                chain.doFilter(req, res);
                return;
            }
            response.setHeader("Access-Control-Allow-Origin", origin);
        }
        if (preflight) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            String headers = request.getHeader("Access-Control-Request-Headers");
            if (headers != null) {
                response.setHeader("Access-Control-Allow-Headers", headers);
            }
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}

package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets pages from other origins read the SPARQL endpoint and the Browser content: Neo4j Browser (on the HTTP port)
 * fetches the style and guide cross-origin with {@code Pragma} and {@code Cache-Control} headers, so it sends a
 * preflight that Fuseki's own CORS filter refuses.
 *
 * <p>Design decision: reading is all the endpoint allows, so any origin may read; credentials are never shared
 * across origins ({@code Access-Control-Allow-Credentials} is not sent).
 */
final class CorsFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Vary", "Origin");
        }
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
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

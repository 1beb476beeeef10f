/**
 * Serving the graph: {@link org.newsgraph.serve.NewsgraphServer} opens the store with Bolt and HTTP (Neo4j Browser,
 * styled by {@code style.grass} and introduced by a guide built from the named questions in {@code /queries/}) and puts
 * a read-only SPARQL 1.1 endpoint (Fuseki) beside it, all on loopback unless a password protects them.
 */
package org.newsgraph.serve;

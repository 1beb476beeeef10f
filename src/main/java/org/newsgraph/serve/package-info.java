/**
 * Serving the graph: {@link org.newsgraph.serve.NewsgraphServer} opens the store with Bolt and HTTP (Neo4j Browser,
 * styled by {@code style.grass} and introduced by a guide built from the named questions in {@code /queries/}) and puts
 * a read-only SPARQL 1.1 endpoint (Fuseki) beside it, on loopback unless told otherwise, with a password by default
 * (the login page in {@code serve.login} hands it to Browser), across origins for Browser's own pages only, and with a
 * timeout on every query.
 */
package org.newsgraph.serve;

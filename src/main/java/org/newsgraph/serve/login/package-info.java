/**
 * The page on Neo4j's own HTTP port behind the Browser URL that {@code serve} prints: Neo4j mounts this package as an
 * unmanaged JAX-RS extension under {@code /newsgraph}; only {@link org.newsgraph.serve.login.BrowserLogin} is in it.
 */
package org.newsgraph.serve.login;

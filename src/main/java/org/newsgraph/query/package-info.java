/**
 * Questions to the graph: one Cypher query ({@link org.newsgraph.query.CypherRunner} on the embedded store,
 * {@link org.newsgraph.query.BoltQueryRunner} on a server) or SPARQL query ({@link org.newsgraph.query.SparqlRunner}),
 * the named questions of {@code queries/} with their SPARQL twins, and result formats (table, JSON, CSV). Every query
 * has a {@link org.newsgraph.query.Timeout}; SPARQL {@code SERVICE} is off
 * ({@link org.newsgraph.query.FederatedQueries}).
 */
package org.newsgraph.query;

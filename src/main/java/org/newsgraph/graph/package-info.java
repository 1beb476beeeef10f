/**
 * The graph: the embedded Neo4j store ({@link org.newsgraph.graph.Neo4jDatabase}), the schema's constraints, and the
 * writer that turns one article's facts into nodes and relationships in one transaction
 * ({@link org.newsgraph.graph.GraphStore}). Writing goes through {@link org.newsgraph.graph.CypherRunner}: the writers
 * decide what to write and hand it to {@code GraphWrites}, which runs it as Cypher over Bolt and through the core API
 * in the embedded store, with the same graph as the result.
 */
package org.newsgraph.graph;

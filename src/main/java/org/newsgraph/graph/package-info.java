/**
 * The graph: the embedded Neo4j store ({@link org.newsgraph.graph.Neo4jDatabase}), the schema's constraints, and the
 * writer that turns one article's facts into nodes and relationships in one transaction
 * ({@link org.newsgraph.graph.GraphStore}). Writing goes through {@link org.newsgraph.graph.CypherRunner}, so the
 * same Cypher writes into the embedded store or into a Neo4j server over Bolt.
 */
package org.newsgraph.graph;

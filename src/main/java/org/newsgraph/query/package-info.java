/**
 * Asking the graph: {@link org.newsgraph.query.CypherRunner} runs Cypher on Neo4j,
 * {@link org.newsgraph.query.SparqlRunner} runs SPARQL on the {@link org.newsgraph.rdf.SparqlDataset}, both into a
 * {@link org.newsgraph.query.ResultTable} that {@link org.newsgraph.query.ResultFormatter} prints as a table, JSON or
 * CSV. {@link org.newsgraph.query.NamedQueries} holds the named questions of {@code queries/}, each a Cypher file
 * with a SPARQL twin.
 */
package org.newsgraph.query;

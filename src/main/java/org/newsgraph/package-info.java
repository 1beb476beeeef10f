/**
 * newsgraph turns news articles into a knowledge graph. The packages follow the data:
 * {@code ingest} (read, clean, metadata) -> {@code nlp} (sentences, tokens, tags, lemmas) -> {@code kb} (the knowledge
 * base loaded from {@code ontology/}) -> {@code extract} (mentions, linking, time, events, statements) -> {@code graph}
 * (Neo4j) -> {@code rdf} (Jena) -> {@code query} -> {@code serve} -> {@code cli}. This package holds only the exception
 * root shared by all of them.
 */
package org.newsgraph;

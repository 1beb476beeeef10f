/**
 * Statements: who demanded, threatened, accused, proposed, invited, supported, rejected, agreed or annexed what,
 * of whom. {@link org.newsgraph.extract.statement.LexiconStatementExtractor} reads verbs (with separable particles),
 * nouns with their actors (genitive, "von X", the subject of a light verb) and conditional threats from the lexicon
 * in {@code ontology/statements.ttl} ({@link org.newsgraph.extract.statement.StatementLexicon}); {@link
 * org.newsgraph.extract.statement.StatementMatcher} tells the graph writer when two articles report one statement.
 */
package org.newsgraph.extract.statement;

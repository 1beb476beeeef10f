/**
 * Events: who met, phoned or negotiated with whom, when, where and in what status. {@link
 * org.newsgraph.extract.event.LexiconEventExtractor} finds triggers from the lexicon in {@code ontology/events.ttl}
 * ({@link org.newsgraph.extract.event.EventLexicon}), attaches participants, dates, places and agreements from the
 * article's {@link org.newsgraph.extract.event.ArticleAnalysis}, and merges the mentions of one event within the
 * article; {@link org.newsgraph.extract.event.EventMatcher} decides across articles whether two reports denote one
 * real event and merges them under an id that does not depend on ingest order.
 */
package org.newsgraph.extract.event;

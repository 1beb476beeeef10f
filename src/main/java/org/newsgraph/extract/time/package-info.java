/**
 * Time expressions: finds dates, weekdays, relative days, ranges, clock times and durations in a sentence and
 * normalises them to ISO 8601 against the article's date ({@link org.newsgraph.extract.time.TimeNormalizer},
 * implemented by {@link org.newsgraph.extract.time.LexiconTimeNormalizer}). All words come from
 * {@code ontology/time.ttl}; relative forms carry a past and a future reading so the event extractor can choose by
 * tense.
 */
package org.newsgraph.extract.time;

/**
 * Natural-language analysis: an article's clean text becomes {@link org.newsgraph.nlp.Sentence}s of
 * {@link org.newsgraph.nlp.Token}s with UPOS tags, lemmas and offsets into the text. {@link org.newsgraph.nlp.NlpModels}
 * loads the OpenNLP models of a {@link org.newsgraph.nlp.Language} once; {@link org.newsgraph.nlp.OpenNlpAnalyzer}
 * (one per thread) runs them with the repairs German news needs (headlines, ordinal dates, quotes, hyphenated
 * compounds, a lemma cache); {@link org.newsgraph.nlp.BareOpenNlpPipeline} and {@link org.newsgraph.nlp.StageClock}
 * serve the speed benchmark.
 */
package org.newsgraph.nlp;

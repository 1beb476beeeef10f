package org.newsgraph.nlp;

import java.util.List;

/**
 * Splits an article's clean text into sentences of tagged, lemmatised tokens.
 *
 * <p>Implementations are not thread-safe (OpenNLP's ME classes are not); use one per thread.
 */
public interface TextAnalyzer {

    /** Analyses {@code text}; offsets in the result point into {@code text}. */
    List<Sentence> analyze(String text);
}

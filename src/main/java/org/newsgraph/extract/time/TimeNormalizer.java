package org.newsgraph.extract.time;

import java.util.List;
import org.newsgraph.ingest.PartialDate;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the time expressions of one sentence and normalises them to ISO 8601 against the article's date.
 *
 * <pre>{@code
 * TimeNormalizer time = new LexiconTimeNormalizer();          // reads /ontology/time.ttl once
 * for (TimeExpression t : time.find(sentence, article.date())) { ... t.value() ... }
 * }</pre>
 */
public interface TimeNormalizer {

    /**
     * Returns the time expressions of {@code sentence}, in text order and not overlapping.
     *
     * @param articleDate the article's date, possibly partial ("2021-12") or null; relative expressions are
     *     resolved against it, and keep a null value when it is null
     */
    List<TimeExpression> find(Sentence sentence, PartialDate articleDate);
}

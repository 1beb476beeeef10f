package org.newsgraph.extract.names;

import java.util.List;
import org.newsgraph.nlp.Sentence;

/**
 * A statistical name finder: the person, organization and location names in a sentence, found from the words and
 * their context rather than from a list. A further mention source beside the knowledge base and the cue words.
 */
public interface NameFinder {

    /** The names in one sentence, in token order, not overlapping. */
    List<NameSpan> find(Sentence sentence);

    /** A finder that finds nothing (a language without a name-finder model on the classpath). */
    NameFinder NONE = sentence -> List.of();
}

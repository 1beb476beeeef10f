package org.newsgraph.nlp;

/**
 * Parses one analysed sentence into a {@link DependencyTree} over its own tokens and tags.
 *
 * <p>Implementations are thread-safe (the model is read-only); one instance serves every extraction thread.
 */
public interface DependencyParser {

    /** The parse of {@code sentence}, one head and relation per token. */
    DependencyTree parse(Sentence sentence);
}

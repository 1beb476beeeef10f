package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article with its tokens.
 *
 * @param index 0-based position in the article
 * @param text the sentence text as written
 * @param start offset of its first character in the article text
 * @param tokens its tokens, in order, with offsets into the article text
 */
public record Sentence(int index, String text, int start, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        }
    }

    public int end() {
        return start + text.length();
    }
}

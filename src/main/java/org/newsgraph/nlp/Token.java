package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One token with its character span in the article text, its UPOS tag and its lemma.
 *
 * @param text the surface form as written
 * @param start offset of the first character in the article text
 * @param end offset after the last character
 * @param tag Universal Dependencies POS tag (PROPN, NOUN, VERB, ADJ, ...)
 * @param lemma the lemma (lower case, as the German UD lemmatizer gives it); the text itself when unknown
 */
public record Token(String text, int start, int end, String tag, String lemma) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ") for '" + text + "'");
        }
    }

    public boolean isProperNoun() {
        return "PROPN".equals(tag);
    }
}

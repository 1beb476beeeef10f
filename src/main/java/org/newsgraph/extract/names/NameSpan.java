package org.newsgraph.extract.names;

import java.util.Objects;

/**
 * A name a statistical name finder found in one sentence.
 *
 * @param nameClass what it names
 * @param firstToken index of the first token within the sentence
 * @param lastToken index of the last token (inclusive)
 * @param confidence the lowest marginal probability of the span's tokens having its class (0..1)
 */
public record NameSpan(NameClass nameClass, int firstToken, int lastToken, double confidence) {

    public NameSpan {
        Objects.requireNonNull(nameClass, "nameClass");
        if (firstToken < 0 || lastToken < firstToken) {
            throw new IllegalArgumentException("expected a token range first <= last, found [" + firstToken + ","
                    + lastToken + "] for a " + nameClass + " span");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("expected a confidence in 0..1, found " + confidence);
        }
    }

    /** The number of tokens. */
    public int length() {
        return lastToken - firstToken + 1;
    }
}

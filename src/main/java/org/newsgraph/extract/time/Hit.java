package org.newsgraph.extract.time;

/** A value read from {@code length} tokens starting at some position. */
record Hit<V>(V value, int length) {

    Hit {
        if (length < 1) {
            throw new IllegalArgumentException("a hit covers at least one token, was " + length);
        }
    }
}

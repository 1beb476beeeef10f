package org.newsgraph.extract.time;

/** One family of time expressions: reads the expression that starts at a token, if any. */
interface Recognizer {

    /** The expression starting exactly at token {@code i}, or null. */
    TimeExpression at(Words words, int i, RelativeDateResolver resolver);
}

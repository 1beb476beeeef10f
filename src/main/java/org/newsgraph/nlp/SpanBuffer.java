package org.newsgraph.nlp;

import java.util.Arrays;

/** A reusable, growable list of character spans {@code [start, end)}, without boxing. */
final class SpanBuffer {

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** Moves the end of the last span to {@code end}. */
    void extendLast(int end) {
        ends[size - 1] = end;
    }
}

package org.newsgraph.extract.time;

import java.util.HashMap;
import java.util.Map;

/** Phrases of one or more tokens (keys as {@link Words#key} builds them) mapped to a value; longest match wins. */
final class PhraseTable<V> {

    private final Map<String, V> values = new HashMap<>();
    private int maxTokens = 1;

    void put(String phrase, V value) {
        String key = Words.normalize(phrase);
        values.putIfAbsent(key, value);
        maxTokens = Math.max(maxTokens, key.split(" ").length + countPeriods(key));
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> at(Words words, int i) {
        for (int n = Math.min(maxTokens, words.size() - i); n >= 1; n--) {
            V v = values.get(words.key(i, n));
            if (v != null) {
                return new Hit<>(v, n);
            }
        }
        return null;
    }

    /** The value of exactly token {@code i}, or null. */
    V single(Words words, int i) {
        return i >= 0 && i < words.size() ? values.get(words.key(i, 1)) : null;
    }

    /** True when some phrase of the table ends exactly at token {@code last}. */
    boolean endsAt(Words words, int last) {
        for (int n = 1; n <= maxTokens && last - n + 1 >= 0; n++) {
            String key = words.key(last - n + 1, n);
            if (key != null && values.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    private static int countPeriods(String key) {
        return (int) key.chars().filter(c -> c == '.').count();
    }
}

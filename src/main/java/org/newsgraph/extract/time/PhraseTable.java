package org.newsgraph.extract.time;

import java.util.HashMap;
import java.util.Map;

/** Phrases of one or more tokens (keys as {@link Words#key} builds them) mapped to a value; longest match wins. */
final class PhraseTable<V> {

    private final Map<String, V> values = new HashMap<>();
    /**
     * Every text the first token of a phrase can have: the key up to its first space, and that cut before each
     * period (a "." token is glued on). A token that is none of them starts no phrase: one lookup instead of one per
     * phrase length.
     */
    private final java.util.Set<String> firstTokens = new java.util.HashSet<>();
    private int maxTokens = 1;

    void put(String phrase, V value) {
        String key = Words.normalize(phrase);
        values.putIfAbsent(key, value);
        maxTokens = Math.max(maxTokens, key.split(" ").length + countPeriods(key));
        String first = key.split(" ")[0];
        firstTokens.add(first);
        for (int dot = first.indexOf('.'); dot >= 0; dot = first.indexOf('.', dot + 1)) {
            firstTokens.add(first.substring(0, dot));
        }
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Hit<V> at(Words words, int i) {
        if (i < 0 || i >= words.size() || !firstTokens.contains(words.lower(i))) {
            return null;
        }
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

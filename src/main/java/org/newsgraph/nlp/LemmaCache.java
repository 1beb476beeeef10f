package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * A bounded (token, tag) -> lemma cache in front of OpenNLP's lemmatizer, which otherwise takes most of the
 * pipeline's time. A miss lemmatizes the token alone; a hyphenated compound is lemmatized by its last part
 * ("Nato-Waffen" -> "nato-waffe"). When full, the oldest token is evicted.
 *
 * <p>Design decision: the key is the token string (its hash is cached by {@link String}) and the tag selects a slot
 * in a small array, so a hit allocates nothing. OpenNLP's lemmatizer only looks at the previous lemma class besides
 * the token and tag, so a context-free lemma agrees with the in-sentence one on nearly all tokens.
 */
final class LemmaCache {

    /** Default capacity in distinct token strings. */
    static final int DEFAULT_CAPACITY = 200_000;

    private final LemmatizerME lemmatizer;
    private final Map<String, Integer> tagSlots = new HashMap<>();
    private final LinkedHashMap<String, String[]> lemmas;
    private final String[] oneToken = new String[1];
    private final String[] oneTag = new String[1];
    private long hits;
    private long misses;

    LemmaCache(LemmatizerME lemmatizer, String[] tags, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("lemma cache capacity must be >= 1, was " + capacity);
        }
        this.lemmatizer = lemmatizer;
        for (String tag : tags) {
            tagSlots.putIfAbsent(tag, tagSlots.size());
        }
        this.lemmas = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The lemma of {@code token} tagged {@code tag}; lower case, or the token itself when the model has none. */
    String lemma(String token, String tag) {
        Integer slot = tagSlots.get(tag);
        if (slot == null) {
            misses++;
            return compute(token, tag);
        }
        String[] byTag = lemmas.get(token);
        if (byTag == null) {
            byTag = new String[tagSlots.size()];
            lemmas.put(token, byTag);
        }
        String lemma = byTag[slot];
        if (lemma == null) {
            misses++;
            lemma = compute(token, tag);
            byTag[slot] = lemma;
        } else {
            hits++;
        }
        return lemma;
    }

    long hits() {
        return hits;
    }

    long misses() {
        return misses;
    }

    private String compute(String token, String tag) {
        int hyphen = lastInnerHyphen(token);
        if (hyphen > 0) {
            return token.substring(0, hyphen + 1).toLowerCase(Locale.ROOT) + lemma(token.substring(hyphen + 1), tag);
        }
        oneToken[0] = token;
        oneTag[0] = tag;
        String lemma = lemmatizer.lemmatize(oneToken, oneTag)[0];
        return "_".equals(lemma) ? token : lemma;
    }

    /** The index of the last hyphen with a letter or digit on both sides, or -1. */
    private static int lastInnerHyphen(String token) {
        for (int i = token.length() - 2; i > 0; i--) {
            if (token.charAt(i) == '-' && Character.isLetterOrDigit(token.charAt(i - 1))
                    && Character.isLetterOrDigit(token.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }
}

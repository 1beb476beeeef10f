package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bounded (token, tag) -> lemma cache in front of OpenNLP's lemmatizer, which otherwise takes most of the
 * pipeline's time, cleared for every article (see {@link #clear()}). A miss goes to a {@link LemmaClassifier} with the previous token and its lemma (the model's only
 * context besides the token and its tag); a hyphenated compound is lemmatized by its last part
 * ("Nato-Waffen" -> "nato-waffe"). When full, the oldest token is evicted.
 *
 * <p>Design decision: the key is the token string and the tag selects a slot in a small array, so a hit costs one
 * hash lookup and allocates nothing.
 */
final class LemmaCache {

    /** Default capacity in distinct token strings. */
    static final int DEFAULT_CAPACITY = 200_000;

    private final LemmaClassifier classifier;
    private final Map<String, Integer> tagSlots = new HashMap<>();
    private final LinkedHashMap<String, String[]> lemmas;
    private long hits;
    private long misses;

    LemmaCache(LemmaClassifier classifier, String[] tags, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("lemma cache capacity must be >= 1, was " + capacity);
        }
        this.classifier = classifier;
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

    /**
     * Forgets every cached lemma. The lemmatizer reads the previous token, so a cached lemma is the one of the token's
     * first occurrence: cleared per article, an article's lemmas do not depend on the articles read before it.
     */
    void clear() {
        lemmas.clear();
    }

    /** The lemma of {@code token} tagged {@code tag} at the start of a sentence. */
    String lemma(String token, String tag) {
        return lemma(token, tag, null, null, null);
    }

    /**
     * The lemma of {@code token} tagged {@code tag} after {@code previousToken}/{@code previousTag}/{@code
     * previousLemma} ({@code null} at the start of a sentence); lower case, or the token itself when the model has
     * none.
     */
    String lemma(String token, String tag, String previousToken, String previousTag, String previousLemma) {
        Integer slot = tagSlots.get(tag);
        if (slot == null) {
            misses++;
            return compute(token, tag, previousToken, previousTag, previousLemma);
        }
        String[] byTag = lemmas.get(token);
        if (byTag == null) {
            byTag = new String[tagSlots.size()];
            lemmas.put(token, byTag);
        }
        String lemma = byTag[slot];
        if (lemma == null) {
            misses++;
            lemma = compute(token, tag, previousToken, previousTag, previousLemma);
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

    private String compute(String token, String tag, String previousToken, String previousTag,
            String previousLemma) {
        int hyphen = lastInnerHyphen(token);
        if (hyphen > 0) {
            return token.substring(0, hyphen + 1).toLowerCase(Locale.ROOT)
                    + lemma(token.substring(hyphen + 1), tag, previousToken, previousTag, previousLemma);
        }
        return classifier.lemma(token, tag, previousToken, previousTag, previousLemma);
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

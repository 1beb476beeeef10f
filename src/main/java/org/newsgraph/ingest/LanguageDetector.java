package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a text from the frequency of its function words ({@code stopwords.txt}).
 * Falls back to the first language of the list ("de") when no function word is found.
 *
 * <p>Design decision: a word listed for two languages ("in", "was", "will") counts for neither, so that a short
 * English text full of names ("Biden meets Xi in Bali") is not taken for German by its one shared word.
 */
public final class LanguageDetector {

    private static final int SAMPLE_CHARS = 4000;

    private final List<String> languages = new ArrayList<>();
    private final Map<String, Integer> languageOfWord = new HashMap<>();
    private final java.util.Set<String> shared = new java.util.HashSet<>();

    private LanguageDetector(DataResource data) {
        for (String line : data.section("")) {
            String[] words = line.split("\\s+");
            int index = languages.size();
            languages.add(words[0]);
            for (int i = 1; i < words.length; i++) {
                languageOfWord.putIfAbsent(words[i], index);
                if (languageOfWord.get(words[i]) != index) {
                    shared.add(words[i]);
                }
            }
        }
        shared.forEach(languageOfWord::remove);
    }

    public static LanguageDetector load() {
        return new LanguageDetector(DataResource.load("stopwords.txt"));
    }

    /** The ISO 639-1 code of the language with most function words in (the start of) {@code text}. */
    public String detect(String text) {
        int[] counts = new int[languages.size()];
        int end = Math.min(text.length(), SAMPLE_CHARS);
        int i = 0;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= 8) {
                Integer lang = languageOfWord.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (lang != null) {
                    counts[lang]++;
                }
            }
        }
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        return languages.get(best);
    }
}

package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

class LemmaCacheTest {

    @Test
    void cachedLemmasAgreeWithTheUncachedLemmatizerOnTheSeedCorpus() {
        OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(Seeds.MODELS);
        LemmatizerME uncached = new LemmatizerME(Seeds.MODELS.lemmatizerModel());
        int compared = 0;
        int agreed = 0;
        for (Path path : Seeds.paths()) {
            for (Sentence sentence : analyzer.analyze(Seeds.read(path))) {
                List<Token> tokens = sentence.tokens();
                String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
                String[] tags = tokens.stream().map(Token::tag).toArray(String[]::new);
                String[] expected = uncached.lemmatize(words, tags);
                for (int i = 0; i < words.length; i++) {
                    if (isInnerHyphenCompound(words[i])) {
                        continue;   // lemmatized by their last part on purpose, see compoundsAreLemmatizedByTheirHead
                    }
                    String want = "_".equals(expected[i]) ? words[i] : expected[i];
                    compared++;
                    if (want.equals(tokens.get(i).lemma())) {
                        agreed++;
                    }
                }
            }
        }
        double agreement = (double) agreed / compared;
        System.out.printf("lemma cache agreement on the seed corpus: %d / %d = %.4f%n", agreed, compared, agreement);
        assertTrue(compared > 2000, "expected the seed corpus to have > 2000 tokens, had " + compared);
        assertTrue(agreement >= 0.98, "agreement " + agreement + " below 0.98");
    }

    @Test
    void compoundsAreLemmatizedByTheirHead() {
        LemmaCache cache = new LemmaCache(new LemmaClassifier(Seeds.MODELS.lemmatizerModel()),
                new String[] {"NOUN", "PROPN"}, 100);
        assertEquals("waffe", cache.lemma("Waffen", "NOUN"));
        assertEquals("nato-waffe", cache.lemma("Nato-Waffen", "NOUN"));
        assertEquals("eu-" + cache.lemma("Außenministern", "NOUN"), cache.lemma("EU-Außenministern", "NOUN"));
    }

    @Test
    void secondLookupIsAHitAndCapacityBoundsTheCache() {
        LemmaCache cache = new LemmaCache(new LemmaClassifier(Seeds.MODELS.lemmatizerModel()),
                new String[] {"NOUN", "VERB"}, 2);
        String first = cache.lemma("Verhandlungen", "NOUN");
        assertEquals(first, cache.lemma("Verhandlungen", "NOUN"));
        assertEquals(1, cache.hits());
        cache.lemma("verhandelten", "VERB");
        cache.lemma("Gespräche", "NOUN");   // evicts "Verhandlungen"
        cache.lemma("Verhandlungen", "NOUN");
        assertEquals(1, cache.hits());
        assertEquals(4, cache.misses());
        assertThrows(IllegalArgumentException.class,
                () -> new LemmaCache(new LemmaClassifier(Seeds.MODELS.lemmatizerModel()), new String[0], 0));
    }

    private static boolean isInnerHyphenCompound(String word) {
        int hyphen = word.indexOf('-', 1);
        return hyphen > 0 && hyphen < word.length() - 1;
    }
}

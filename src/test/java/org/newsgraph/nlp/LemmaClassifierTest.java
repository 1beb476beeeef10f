package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class LemmaClassifierTest {

    @Test
    void oneEvaluationPerTokenMatchesTheBeamSearchOverTheSentence() {
        String[] tokens = {"Die", "Außenminister", "warnten", "am", "Freitag", "vor", "neuen", "Sanktionen", "."};
        String[] tags = new POSTaggerME(Seeds.MODELS.posModel()).tag(tokens);
        String[] expected = new LemmatizerME(Seeds.MODELS.lemmatizerModel()).lemmatize(tokens, tags);

        LemmaClassifier classifier = new LemmaClassifier(Seeds.MODELS.lemmatizerModel());
        String[] actual = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            actual[i] = i == 0 ? classifier.lemma(tokens[0], tags[0], null, null, null)
                    : classifier.lemma(tokens[i], tags[i], tokens[i - 1], tags[i - 1], actual[i - 1]);
        }
        assertArrayEquals(expected, actual);
    }
}

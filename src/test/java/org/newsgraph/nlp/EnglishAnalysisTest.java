package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English text through OpenNLP's English UD models and CoreNLP's English UD parser (fed Penn Treebank tags by
 * CoreNLP's English tagger): the possessive is a token of its own, initials do not end a sentence, and the parse
 * gives the relations the English frames read. Sentences written for this test.
 */
class EnglishAnalysisTest {

    private static OpenNlpAnalyzer analyzer;
    private static DependencyParser parser;

    @BeforeAll
    static void load() {
        analyzer = new OpenNlpAnalyzer(NlpModels.shared(Language.ENGLISH));
        parser = CoreNlpDependencyParser.shared(Language.ENGLISH);
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsSplitOffTheName() {
        Sentence s = analyzer.analyze("China's leader met Blinken.").get(0);
        assertEquals(List.of("China", "'s", "leader", "met", "Blinken", "."), words(s));
    }

    @Test
    void initialAndJuniorDoNotEndTheSentence() {
        List<Sentence> sentences = analyzer.analyze("President Joseph R. Biden, Jr. spoke with Vladimir Putin.");
        assertEquals(1, sentences.size(), sentences.toString());
    }

    @Test
    void parseGivesSubjectObjectAndPartner() {
        Sentence s = analyzer.analyze("Xi held a meeting with Blinken in Beijing.").get(0);
        DependencyTree t = parser.parse(s);
        List<String> w = words(s);
        int held = w.indexOf("held");
        int meeting = w.indexOf("meeting");
        assertEquals(held, t.head(w.indexOf("Xi")));
        assertEquals("nsubj", t.relation(w.indexOf("Xi")));
        assertEquals(held, t.head(meeting));
        assertEquals("obj", t.relation(meeting));
        assertEquals(meeting, t.head(w.indexOf("Blinken")));
    }
}

package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The CoreNLP parser over OpenNLP's tokens and tags: one head and relation per token, contractions split. */
class CoreNlpDependencyParserTest {

    private static final DependencyParser PARSER = CoreNlpDependencyParser.shared(Language.GERMAN);
    private final OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(Seeds.MODELS);

    private Sentence sentence(String text) {
        return analyzer.analyze(text).get(0);
    }

    private static int token(Sentence s, String text) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + s.text());
    }

    @Test
    void separableAccusationHasSubjectObliqueAndParticle() {
        Sentence s = sentence("Putin warf der ukrainischen Regierung Provokationen vor.");
        DependencyTree t = PARSER.parse(s);
        int verb = token(s, "warf");
        assertEquals(s.tokens().size(), t.size());
        assertEquals(verb, t.root(), t.describe(s.tokens()));
        assertEquals(verb, t.head(token(s, "Putin")));
        assertEquals("nsubj", t.relation(token(s, "Putin")));
        assertEquals("compound:prt", t.relation(token(s, "vor")), t.describe(s.tokens()));
        assertEquals(verb, t.head(token(s, "Regierung")), t.describe(s.tokens()));
    }

    @Test
    void anOpeningQuoteTaggedAsANounIsPunctuation() {
        Sentence s = sentence("Putin warf den ukrainischen Behörden ein „destruktives“ Verhalten vor.");
        DependencyTree t = PARSER.parse(s);
        assertEquals("punct", t.relation(token(s, "„")), t.describe(s.tokens()));
        assertEquals(token(s, "warf"), t.head(token(s, "Verhalten")), t.describe(s.tokens()));
    }

    @Test
    void contractionIsParsedAsPrepositionAndArticle() {
        Sentence s = sentence("Er wurde von Macron zum Dialog aufgefordert.");
        assertEquals("ADP+DET", s.tokens().get(token(s, "zum")).tag());
        DependencyTree t = PARSER.parse(s);
        assertEquals("case", t.relation(token(s, "zum")), t.describe(s.tokens()));
        assertEquals(token(s, "Dialog"), t.head(token(s, "zum")), t.describe(s.tokens()));
        assertEquals("obl:agent", t.relation(token(s, "Macron")), t.describe(s.tokens()));
    }

    @Test
    void coordinatedSubjectsAreConjuncts() {
        Sentence s = sentence("Der Präsident und die Kanzlerin trafen sich in Berlin.");
        DependencyTree t = PARSER.parse(s);
        assertTrue(t.is(token(s, "Präsident"), "nsubj"), t.describe(s.tokens()));
        assertEquals("conj", t.relation(token(s, "Kanzlerin")), t.describe(s.tokens()));
        assertEquals(token(s, "Präsident"), t.head(token(s, "Kanzlerin")));
    }

    @Test
    void oneParserServesSeveralThreadsWithTheSameResults() throws Exception {
        List<Sentence> sentences = analyzer.analyze("Scholz ist in Moskau zu seinem Treffen mit Putin "
                + "zusammengekommen. Die Nato pocht auf einen Abzug der russischen Truppen. Blinken warnte Russland "
                + "vor einem Angriff. Lawrow appellierte an Blinken, die Sanktionen aufzuheben.");
        List<DependencyTree> alone = sentences.stream().map(PARSER::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<DependencyTree>>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> {
                    List<DependencyTree> out = new ArrayList<>();
                    for (int r = 0; r < 20; r++) {
                        out.clear();
                        sentences.forEach(x -> out.add(PARSER.parse(x)));
                    }
                    return out;
                }));
            }
            for (Future<List<DependencyTree>> f : runs) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}

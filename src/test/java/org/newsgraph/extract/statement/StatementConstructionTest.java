package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ExtractionFixture;

/** Each German statement construction of the issue, on sentences written for this test. */
class StatementConstructionTest {

    private static ExtractionFixture.Found run(String text) {
        return ExtractionFixture.get().run("2023-03-09", text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // separable verbs
        "China wirft Indien seit Tagen Grenzverletzungen vor.|ACCUSED China -> Indien|Grenzverletzungen",
        "Olaf Scholz forderte China zu einem Ende der Drohungen auf.|DEMANDED Olaf Scholz -> China|Ende der Drohungen",
        "Peking forderte Neu-Delhi auf, seine Truppen abzuziehen.|DEMANDED China -> Indien|Truppen abzuziehen",
        "Narendra Modi drohte China harte Gegenmaßnahmen an.|THREATENED Narendra Modi -> China|Gegenmaßnahmen",
        "Emmanuel Macron schlug Xi Jinping ein Treffen in Paris vor.|PROPOSED Emmanuel Macron -> Xi Jinping|Treffen",
        "Indien weist die Vorwürfe Chinas zurück.|REJECTED Indien -> China|Vorwürfe",
        // plain verbs and objects
        "Frankreich verlangt von Indien eine Erklärung.|DEMANDED Frankreich -> Indien|Erklärung",
        "Xi Jinping drohte Indien mit wirtschaftlichen Sanktionen.|THREATENED Xi Jinping -> Indien|Sanktionen",
        "Olaf Scholz lud Narendra Modi zu einem Besuch in Berlin ein.|INVITED Olaf Scholz -> Narendra Modi|Besuch",
        "Frankreich unterstützt die Ukraine mit weiteren Waffen.|SUPPORTED Frankreich -> Ukraine|Waffen",
        "China hat 2019 die Inselgruppe Krim annektiert.|ANNEXED China -> Krim|Inselgruppe",
        // nominal forms
        "Die Forderung von Olaf Scholz an China nach einem Waffenstillstand blieb ohne Antwort.|DEMANDED Olaf Scholz -> China|Waffenstillstand",
        "Chinas Drohung mit Zöllen gegen Indien sorgt für Unruhe.|THREATENED China -> Indien|Zöllen",
        "Olaf Scholz bekräftigte seine Unterstützung für die Souveränität der Ukraine.|SUPPORTED Olaf Scholz -> Ukraine|Souveränität",
        // reported speech, passive, source
        "Xi Jinping habe Indien Provokationen an der Grenze vorgeworfen, hieß es in Peking.|ACCUSED Xi Jinping -> Indien|Provokationen",
        "Indien wurde von China vorgeworfen, die Grenze verletzt zu haben.|ACCUSED China -> Indien|Grenze",
        // target named inside the content
        "Narendra Modi fordert Garantien, die einen Angriff Chinas ausschließen.|DEMANDED Narendra Modi -> China|Angriff",
        // a conditional reaction is a threat
        "Emmanuel Macron machte deutlich, dass Frankreich im Falle eines Angriffs auf Indien mit Sanktionen gegen China reagieren würde.|THREATENED Emmanuel Macron -> China|Sanktionen",
        // a subject pronoun continues the subject before it (not Modi, the latest name); a condition after the
        // content belongs to it, though the parser hangs it on the verb of saying
        "Olaf Scholz traf am Montag Narendra Modi. Zugleich warnte er, die Europäer würden ihre Präsenz in Asien ausbauen, sollte China nicht das pakistanische Raketenprogramm bremsen.|THREATENED Olaf Scholz -> China|Raketenprogramm",
    })
    void constructionGivesStatement(String sentence, String expected, String keyword) {
        ExtractionFixture.Found found = run(sentence);
        assertTrue(found.statementLines().contains(expected), sentence + " -> " + found.statementLines());
        Statement s = found.statements().get(found.statementLines().indexOf(expected));
        assertTrue(s.what().contains(keyword), "what '" + s.what() + "' lacks '" + keyword + "'");
        assertEquals(List.of(found.statements().get(found.statementLines().indexOf(expected)).evidence().get(0)),
                s.evidence());
    }

    @Test
    void seinerseitsAndCoordinationKeepTheSubject() {
        ExtractionFixture.Found found = run("Peking weist dies zurück und wirft Indien seinerseits Aggression vor.");
        assertEquals(List.of("ACCUSED China -> Indien"), found.statementLines());
        assertEquals("Aggression", found.statements().get(0).what());
    }

    @Test
    void lautNamesTheActorOfAnAgentlessPassive() {
        ExtractionFixture.Found found = run("Laut Olaf Scholz wurde China eine Verletzung der Abmachungen vorgeworfen.");
        assertEquals(List.of("ACCUSED Olaf Scholz -> China"), found.statementLines());
    }

    @Test
    void genitiveActorOfANoun() {
        ExtractionFixture.Found found = run("Indiens Forderung an China nach einem Truppenabzug blieb unbeantwortet.");
        assertEquals(List.of("DEMANDED Indien -> China"), found.statementLines());
        assertTrue(found.statements().get(0).what().contains("Truppenabzug"));
    }

    @Test
    void sameStatementTwiceInOneArticleIsOne() {
        ExtractionFixture.Found found = run("""
                China wirft Indien Grenzverletzungen vor.

                Peking hatte Indien bereits am Montag vorgeworfen, Truppen an die Grenze verlegt zu haben.
                """);
        assertEquals(List.of("ACCUSED China -> Indien"), found.statementLines());
        Statement s = found.statements().get(0);
        assertTrue(s.what().contains("Grenzverletzungen") && s.what().contains("Truppen"), s.what());
        assertEquals(2, s.evidence().size());
    }

    @Test
    void quotesMakeNoStatement() {
        assertEquals(List.of(), run("Olaf Scholz sagte: \"Wir fordern von China nichts.\"").statementLines());
    }

    @Test
    void greetingAPersonIsNoSupport() {
        assertEquals(List.of(), run("Narendra Modi begrüßte Olaf Scholz am Flughafen.").statementLines());
        assertEquals(List.of("SUPPORTED Indien -> China"),
                run("Indien begrüßte die Entscheidung Chinas zum Truppenabzug.").statementLines());
    }
}

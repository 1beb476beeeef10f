package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.event.ExtractionFixture;

/**
 * The constructions the argument frames read from the dependency parse, one sentence each (written for this test),
 * across the frame families of ontology/statements.ttl: who is actor and target, and that the content holds the
 * expected word.
 */
class StatementFrameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // insisting: the content is the "auf" phrase, the target the state named in it
        "Die Nato pocht auf einen Abzug der russischen Truppen.|DEMANDED NATO -> Russland|Abzug",
        // appeal: the target is the "an" phrase, the content the zu-infinitive
        "Sergej Lawrow appellierte an Antony Blinken, die Sanktionen aufzuheben.|DEMANDED Sergej Lawrow -> Antony Blinken|Sanktionen",
        // warning: the addressee is the object, the content the "vor" phrase
        "Antony Blinken warnte Russland vor einem Angriff auf die Ukraine.|THREATENED Antony Blinken -> Russland|Angriff",
        // promise: the addressee is the dative, the content the object (light-verb "Unterstützung zusagen")
        "Joe Biden sagte der Ukraine weitere Unterstützung zu.|SUPPORTED Joe Biden -> Ukraine|Unterstützung",
        // passive with "von": the agent is the actor, the passive subject the target
        "Russland wurde von Emmanuel Macron zu Verhandlungen aufgefordert.|DEMANDED Emmanuel Macron -> Russland|Verhandlungen",
        // perfect chain with the auxiliary as head in the parse
        "Wladimir Putin hatte die Nato zuletzt zu einem Ende der Osterweiterung aufgefordert.|DEMANDED Wladimir Putin -> NATO|Osterweiterung",
        // coordinated subjects: one statement per actor
        "Frankreich und Deutschland forderten von Russland einen Waffenstillstand.|DEMANDED Deutschland -> Russland|Waffenstillstand",
        // relative clause: the relative pronoun stands for the noun it modifies
        "Es sprach Jens Stoltenberg, der von Russland einen sofortigen Abzug verlangte.|DEMANDED Jens Stoltenberg -> Russland|Abzug",
        // pronoun subject: the latest person named before
        "Olaf Scholz reiste nach Peking. Dort warf er China unfaire Handelspraktiken vor.|ACCUSED Olaf Scholz -> China|Handelspraktiken",
        // zu-infinitive as the trigger: its subject is the governor's
        "Joe Biden versprach, die Ukraine weiter zu unterstützen.|SUPPORTED Joe Biden -> Ukraine|unterstützen",
        // attributive participle: the "von" agent is the actor, the modified noun the content
        "Das von Joe Biden vorgeschlagene Treffen mit Wladimir Putin findet im Juni statt.|PROPOSED Joe Biden -> Wladimir Putin|Treffen",
        // nominal trigger with a genitive actor
        "Die Forderung Chinas nach einem Ende der Sanktionen gegen Russland blieb unbeantwortet.|DEMANDED China -> Russland|Sanktionen",
        // light verb: the subject of "erheben" makes the accusation
        "Wolodymyr Selenskyj erhob gegen Russland den Vorwurf schwerer Kriegsverbrechen.|ACCUSED Wolodymyr Selenskyj -> Russland|Kriegsverbrechen",
        // "verantwortlich machen für"
        "Die ukrainische Regierung machte Russland für den Angriff verantwortlich.|ACCUSED Ukraine -> Russland|Angriff",
        // predicative adjective "sich einig sein" with coordinated subjects
        "Emmanuel Macron und Olaf Scholz waren sich einig, dass die Hilfe weitergeht.|AGREED Emmanuel Macron -> Olaf Scholz|Hilfe",
        // reciprocal: one statement each way
        "Armenien und Aserbaidschan werfen sich gegenseitig Verstöße gegen die Waffenruhe vor.|ACCUSED Aserbaidschan -> Armenien|Verstöße",
        "Armenien und Aserbaidschan werfen sich gegenseitig Verstöße gegen die Waffenruhe vor.|ACCUSED Armenien -> Aserbaidschan|Verstöße",
        // "stehen hinter X": support needs its "hinter" phrase
        "Hinter der ukrainischen Regierung steht die Europäische Union.|SUPPORTED Europäische Union -> Ukraine|Regierung",
        // light verb with a dative: the addressee of "Vorwürfe machen"
        "Olaf Scholz machte der russischen Führung schwere Vorwürfe.|ACCUSED Olaf Scholz -> Russland|Vorwürfe",
        // coordinated states in the content, named by their capitals after "Regierungen in": one statement each
        "Emmanuel Macron pochte auf Gespräche zwischen den Regierungen in Moskau und Kiew.|DEMANDED Emmanuel Macron -> Russland|Gespräche",
        "Emmanuel Macron pochte auf Gespräche zwischen den Regierungen in Moskau und Kiew.|DEMANDED Emmanuel Macron -> Ukraine|Gespräche",
        // negation: a negated verb of support or agreement is a rejection
        "Die Türkei will den Beitritt Schwedens nicht unterstützen.|REJECTED Türkei -> Schweden|Beitritt",
        "Polen erkennt keine Vereinbarungen mit Russland an.|REJECTED Polen -> Russland|Vereinbarungen",
        // a verb of accepting: its subject is the addressee of the invitation
        "Olaf Scholz folgte einer Einladung des indischen Premierministers Narendra Modi.|INVITED Narendra Modi -> Olaf Scholz|Einladung",
        // examples of a noun stand for it ("Länder wie X und Y")
        "Hinter Venezuela stehen Länder wie Russland und Kuba.|SUPPORTED Russland -> Venezuela|Venezuela",
    })
    void frameReadsTheRolesFromTheParse(String text, String expected, String word) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", text);
        List<String> lines = found.statementLines();
        assertTrue(lines.contains(expected), "expected " + expected + " in " + lines);
        Statement s = found.statements().get(lines.indexOf(expected));
        assertTrue(s.what().contains(word), "content '" + s.what() + "' lacks '" + word + "'");
    }

    /** A participle of support before a noun describes a standing relation, not a statement. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die von Russland unterstützten Separatisten griffen am Morgen Stellungen der Ukraine an.",
        "Die von den USA unterstützte Regierung in Kiew lehnte Gespräche ab.",
    })
    void supportAsAnAttributeIsNoStatement(String text) {
        List<String> lines = ExtractionFixture.get().run("2023-03-09", text).statementLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("SUPPORTED")), "expected no SUPPORTED in " + lines);
    }

    /** The agent of a participle in the content ("das von Russland angegriffene Land") is not the target. */
    @org.junit.jupiter.api.Test
    void theAgentOfAParticipleInTheContentIsNoTarget() {
        List<String> lines = ExtractionFixture.get()
                .run("2023-03-09", "Olaf Scholz pochte auf Hilfe für das von Russland angegriffene Land.")
                .statementLines();
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("-> Russland")), "expected no target Russland in " + lines);
    }

    /** A negated verb of a type with no opposite says nothing ("drohte nicht"). */
    @org.junit.jupiter.api.Test
    void aNegatedThreatIsNoStatement() {
        List<String> lines = ExtractionFixture.get()
                .run("2023-03-09", "Joe Biden drohte Russland am Montag nicht mit Sanktionen.").statementLines();
        assertTrue(lines.isEmpty(), "expected no statement in " + lines);
    }
}

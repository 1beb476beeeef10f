package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Participants read from the dependency parse through the argument frames of ontology/events.ttl: one sentence
 * (written for this test) per construction and per frame family.
 */
class EventFrameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // separable verb, coordinated subject
        "Olaf Scholz und Emmanuel Macron kamen am Montag in Berlin zusammen."
            + "|meeting 2023-03-06 held [Emmanuel Macron, Olaf Scholz]",
        // passive: the von-agent is the host, the passive subject the guest
        "Narendra Modi wurde am Dienstag von Olaf Scholz im Kanzleramt empfangen."
            + "|visit 2023-03-07 held [Narendra Modi, Olaf Scholz]",
        // reflexive: "sich" fills the required object of treffen
        "Olaf Scholz und Justin Trudeau trafen sich am Montag in Ottawa."
            + "|meeting 2023-03-06 held [Justin Trudeau, Olaf Scholz]",
        // relative clause: the relative pronoun stands for the noun it modifies
        "Justin Trudeau, der am Montag Xi Jinping traf, sprach von einem offenen Austausch."
            + "|meeting 2023-03-06 held [Justin Trudeau, Xi Jinping]",
        // modal chain
        "Olaf Scholz will am Freitag Narendra Modi treffen.|meeting 2023-03-10 planned [Narendra Modi, Olaf Scholz]",
        // perfect chain
        "Emmanuel Macron hat am Dienstag mit Xi Jinping telefoniert."
            + "|phone_call 2023-03-07 held [Emmanuel Macron, Xi Jinping]",
        // future chain
        "Olaf Scholz wird im Mai mit Justin Trudeau telefonieren."
            + "|phone_call 2023-05 planned [Justin Trudeau, Olaf Scholz]",
        // reported speech: the speaker is not a participant
        "Olaf Scholz und Xi Jinping haben am Dienstag telefoniert, sagte Emmanuel Macron."
            + "|phone_call 2023-03-07 held [Olaf Scholz, Xi Jinping]",
        // the source of "laut X" is not a participant
        "Laut Olaf Scholz haben Xi Jinping und Narendra Modi am Montag telefoniert."
            + "|phone_call 2023-03-06 held [Narendra Modi, Xi Jinping]",
        // attributive participle: its von-agent takes part
        "Das von Olaf Scholz vorgeschlagene Gipfeltreffen mit Narendra Modi soll im Juni stattfinden."
            + "|summit 2023-06 proposed [Narendra Modi, Olaf Scholz]",
        // a noun as oblique of a verb trigger takes the verb's subject
        "Olaf Scholz ist am Montag in Paris zu seinem Treffen mit Emmanuel Macron zusammengekommen."
            + "|meeting 2023-03-06 held [Emmanuel Macron, Olaf Scholz]",
        // a noun as object of a light verb takes the verb's subject
        "Olaf Scholz führte am Montag ein Gespräch mit Xi Jinping.|meeting 2023-03-06 held [Olaf Scholz, Xi Jinping]",
        // plural pronoun subject: the latest coordinated group of persons
        "Olaf Scholz, Emmanuel Macron und Mario Draghi sitzen seit dem Morgen in einem Zug. Am Freitag wollen sie mit "
            + "Wolodymyr Selenskyj sprechen."
            + "|meeting 2023-03-10 planned [Emmanuel Macron, Mario Draghi, Olaf Scholz, Wolodymyr Selenskyj]",
        // arrival verb with a destination
        "Olaf Scholz ist am Dienstag in Ottawa eingetroffen.|visit 2023-03-07 held [Olaf Scholz]",
        // accompanying: the passive agents go along; a title phrase headed by the genitive names the person
        "Olaf Scholz wurde am Montag von Kanadas Premierminister Justin Trudeau und Mario Draghi begleitet."
            + "|visit 2023-03-06 held [Justin Trudeau, Mario Draghi, Olaf Scholz]",
    })
    void constructionGivesTheParticipants(String sentence, String expected) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", sentence);
        assertEquals(List.of(expected), found.eventLines(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // frame-host: both sides of a reception or a visit
        "Justin Trudeau empfing Narendra Modi am Mittwoch in Ottawa."
            + "|visit 2023-03-08 held [Justin Trudeau, Narendra Modi]",
        "Olaf Scholz besuchte am Dienstag Justin Trudeau in Ottawa."
            + "|visit 2023-03-07 held [Justin Trudeau, Olaf Scholz]",
        // frame-travel: a visit needs a destination
        "Emmanuel Macron reiste am Dienstag nach Neu-Delhi.|visit 2023-03-07 held [Emmanuel Macron]",
        // frame-talk-with: sprechen with a partner
        "Emmanuel Macron sprach am Dienstag mit Narendra Modi über den Handel."
            + "|meeting 2023-03-07 held [Emmanuel Macron, Narendra Modi]",
        // frame-gather
        "Olaf Scholz verhandelte am Dienstag mit Xi Jinping über Zölle."
            + "|negotiation 2023-03-07 held [Olaf Scholz, Xi Jinping]",
    })
    void frameFamilyGivesItsParticipants(String sentence, String expected) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", sentence);
        assertEquals(List.of(expected), found.eventLines(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Sanktionen treffen Russland hart.",
        "Olaf Scholz traf am Montag auf Widerstand.",
        "Eine Mission der OSZE soll die Umsetzung der Vereinbarung begleiten.",
    })
    void verbWithoutItsRequiredRoleOrWithAThingAsSubjectNamesNoEvent(String sentence) {
        assertEquals(List.of(), ExtractionFixture.get().run("2023-03-09", sentence).eventLines(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a pronoun subject is the latest person named before
        "Justin Trudeau reiste am Montag nach Paris. Am Dienstag traf er dort Emmanuel Macron."
            + "|visit 2023-03-06 held [Justin Trudeau];meeting 2023-03-07 held [Emmanuel Macron, Justin Trudeau]",
        // a plural role stands for the pair of the event before
        "Xi Jinping und Narendra Modi haben am Montag miteinander telefoniert. Die beiden Staatschefs trafen sich "
            + "bereits im Januar in Genf."
            + "|phone_call 2023-03-06 held [Narendra Modi, Xi Jinping];summit 2023-01 held [Narendra Modi, Xi Jinping]",
        // a date in the next sentence of the paragraph
        "Olaf Scholz und Justin Trudeau haben miteinander telefoniert. Das war am Montag."
            + "|phone_call 2023-03-06 held [Justin Trudeau, Olaf Scholz]",
        // a held event without a date phrase took place on the article's date
        "Olaf Scholz hat Xi Jinping in Peking getroffen.|meeting 2023-03-09 held [Olaf Scholz, Xi Jinping]",
    })
    void textAroundTheSentenceCompletesTheEvent(String text, String expected) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", text);
        assertEquals(List.of(expected.split(";")), found.eventLines(), text);
    }
}

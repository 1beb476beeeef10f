package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each trigger family of ontology/events.ttl on sentences written for this test. */
class EventTriggerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron haben am Mittwoch eine Videokonferenz abgehalten."
            + "|video_conference 2023-03-08 held [Emmanuel Macron, Olaf Scholz]",
        "Der Online-Gipfel zwischen Xi Jinping und Narendra Modi ist am Mittwoch zu Ende gegangen."
            + "|video_conference 2023-03-08 held [Narendra Modi, Xi Jinping]",
        "Olaf Scholz und Xi Jinping haben am Dienstag telefoniert."
            + "|phone_call 2023-03-07 held [Olaf Scholz, Xi Jinping]",
        "Das Telefonat zwischen Emmanuel Macron und Narendra Modi fand am Montag statt."
            + "|phone_call 2023-03-06 held [Emmanuel Macron, Narendra Modi]",
        "Olaf Scholz, Emmanuel Macron und Justin Trudeau berieten am Montag per Telefonkonferenz über die Lage."
            + "|conference_call 2023-03-06 held [Emmanuel Macron, Justin Trudeau, Olaf Scholz]",
        "Das Gipfeltreffen zwischen Narendra Modi und Xi Jinping fand am Dienstag in Genf statt."
            + "|summit 2023-03-07 held [Narendra Modi, Xi Jinping]",
        "Als Staatschefs trafen sich Emmanuel Macron und Xi Jinping am Dienstag erstmals persönlich."
            + "|summit 2023-03-07 held [Emmanuel Macron, Xi Jinping]",
        "Justin Trudeau und Olaf Scholz trafen sich am Montag zu einem Gespräch im Kanzleramt."
            + "|meeting 2023-03-06 held [Justin Trudeau, Olaf Scholz]",
        "Der Besuch von Narendra Modi bei Olaf Scholz endete am Dienstag."
            + "|visit 2023-03-07 held [Narendra Modi, Olaf Scholz]",
        "Die Verhandlungen zwischen Indien und China wurden am Montag in Peking fortgesetzt."
            + "|negotiation 2023-03-06 held [China, Indien]",
        "Am Montag fanden Konsultationen zwischen Frankreich und der NATO statt."
            + "|consultation 2023-03-06 held [Frankreich, NATO]",
    })
    void triggerFamilyGivesItsKind(String sentence, String expected) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", sentence);
        assertEquals(List.of(expected), found.eventLines(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Klima-Gipfel von Olaf Scholz und Narendra Modi ist am Dienstag beendet worden.|summit|043",
        "Emmanuel Macron schlug Xi Jinping ein Treffen in einem Drittland vor.|meeting|044",
        "Olaf Scholz und Justin Trudeau sprachen am Montag per Video über den Handel.|video_conference|040",
    })
    void compoundsAndModifiersSetKindAndCameo(String sentence, String kind, String cameo) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", sentence);
        assertEquals(1, found.events().size(), sentence + " -> " + found.eventLines());
        assertEquals(kind, found.events().get(0).kind().id());
        assertEquals(cameo, found.events().get(0).cameo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Olaf Scholz sagte: \"Ein Gespräch mit Xi Jinping wäre nützlich.\"",
        "Das nächste Treffen soll im Herbst stattfinden.",
        "Olaf Scholz sprach am Montag über den Handel.",
    })
    void nonEventsAreLeftOut(String sentence) {
        assertEquals(List.of(), ExtractionFixture.get().run("2023-03-09", sentence).eventLines(), sentence);
    }
}

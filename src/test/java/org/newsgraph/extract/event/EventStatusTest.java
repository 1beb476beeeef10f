package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status cues: planned, proposed, invited and held, and the date reading that goes with them. */
class EventStatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Am 20. März soll ein Treffen zwischen Olaf Scholz und Narendra Modi stattfinden.|planned|2023-03-20",
        "Olaf Scholz will am Freitag eine Videokonferenz mit Emmanuel Macron abhalten.|planned|2023-03-10",
        "Emmanuel Macron werde am Freitag eine Telefonkonferenz mit Olaf Scholz und Justin Trudeau abhalten.|planned|2023-03-10",
        "Für den 14. März sind Verhandlungen zwischen Indien und China geplant.|planned|2023-03-14",
        "Die Konsultationen zwischen Frankreich und der NATO sind für den 15. März angesetzt.|planned|2023-03-15",
        "Kommende Woche ist ein Besuch von Narendra Modi bei Olaf Scholz angesetzt.|planned|",
        "Olaf Scholz hat Xi Jinping ein Gipfeltreffen vorgeschlagen.|proposed|",
        "Xi Jinping bot Emmanuel Macron ein Treffen an.|proposed|",
        "Olaf Scholz und Emmanuel Macron haben am Dienstag telefoniert.|held|2023-03-07",
        "Olaf Scholz und Emmanuel Macron vereinbarten, im Herbst erneut zu telefonieren.|planned|",
        // the present tense of a meeting verb speaks of what is to come; two weekdays are the days between them
        "Der Gipfel der Nato mit Olaf Scholz findet am Freitag und Samstag in Madrid statt.|planned|2023-03-10/2023-03-11",
    })
    void statusCueSetsStatus(String sentence, String status, String date) {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09", sentence);
        assertEquals(1, found.events().size(), sentence + " -> " + found.eventLines());
        assertEquals(status, found.events().get(0).status().id(), sentence);
        if (date != null) {
            assertEquals(date, found.events().get(0).date(), sentence);
        }
    }

    @Test
    void plannedEventReadsAWeekdayForward() {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09",
                "Olaf Scholz und Emmanuel Macron wollen am Montag telefonieren.");
        assertEquals(List.of("phone_call 2023-03-13 planned [Emmanuel Macron, Olaf Scholz]"), found.eventLines());
    }

    @Test
    void invitationMakesThePlannedEventTheHostsOnly() {
        ExtractionFixture.Found found = ExtractionFixture.get().run("2023-03-09",
                "Olaf Scholz hat Narendra Modi zu einem Gipfel am 22. und 23. März eingeladen.");
        assertEquals(List.of("summit 2023-03-22/2023-03-23 planned [Olaf Scholz]"), found.eventLines());
    }
}

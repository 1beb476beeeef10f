package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;

/** One event per real event within an article, with the details later sentences add. */
class EventCoreferenceTest {

    private static ExtractionFixture.Found run(String date, String text) {
        return ExtractionFixture.get().run(date, text);
    }

    @Test
    void aGenericMentionWithAnotherPartnerIsAnotherMeeting() {
        ExtractionFixture.Found found = ExtractionFixture.get(org.newsgraph.nlp.Language.ENGLISH).run("2023-03-09", """
                Olaf Scholz met Narendra Modi in New Delhi on Wednesday.

                Xi Jinping welcomed Scholz for discussions in Beijing on Wednesday.
                """);
        List<String> lines = found.eventLines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Narendra Modi") && l.contains("Xi Jinping")),
                lines.toString());
    }

    @Test
    void aReferenceBeforeAnyEventIsTheFirstReportOfIt() {
        ExtractionFixture.Found found = run("2023-03-09",
                "Nach dem Treffen mit Emmanuel Macron reiste Olaf Scholz am Montag nach Rom weiter.");
        assertTrue(found.eventLines().contains("meeting 2023-03-06 held [Emmanuel Macron, Olaf Scholz]"),
                found.eventLines().toString());
    }

    @Test
    void aMeetingDuringAVisitIsAnEventOfItsOwn() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Olaf Scholz ist am Mittwoch zu einem Besuch in Indien eingetroffen.
                Am Nachmittag traf Scholz Narendra Modi zu einem Gespräch.
                """);
        List<String> lines = found.eventLines();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("visit ")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("meeting ") && l.contains("Narendra Modi")
                && l.contains("Olaf Scholz")).count(), lines.toString());
    }

    @Test
    void whoSupportsTalksBetweenTwoSidesTakesNoPart() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Xi Jinping unterstützt Verhandlungen zwischen Russland und der Ukraine.
                """);
        assertEquals(1, found.events().size(), found.eventLines().toString());
        assertEquals(List.of("Russland", "Ukraine"),
                found.events().get(0).participants().stream().map(e -> e.name()).sorted().toList());
    }

    @Test
    void laterGenericMentionAddsDurationAndStartTime() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Olaf Scholz und Xi Jinping haben am Mittwoch eine Videokonferenz abgehalten.

                Das Gespräch begann kurz nach 10.00 Uhr MEZ. Es dauerte nach Angaben der Regierung rund 90 Minuten.
                """);
        assertEquals(1, found.events().size(), found.eventLines().toString());
        Event e = found.events().get(0);
        assertEquals("2023-03-08", e.date());
        assertEquals("10:00+01:00", e.startTime());
        assertEquals("PT90M", e.duration());
        assertEquals(3, e.evidence().size());
    }

    @Test
    void definiteNounWithoutPartiesJoinsTheEventNamedBefore() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Emmanuel Macron und Narendra Modi telefonierten am Dienstag. Das Telefonat fand auf Wunsch Indiens statt.
                """);
        assertEquals(List.of("phone_call 2023-03-07 held [Emmanuel Macron, Narendra Modi]"), found.eventLines());
    }

    @Test
    void pluralRoleReferstoThePersonsOfTheEventBefore() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Emmanuel Macron wird am Freitag eine Telefonkonferenz mit Olaf Scholz und Justin Trudeau abhalten.
                Macron und die Staats- und Regierungschefs hatten bereits am Montag per Telefonkonferenz beraten.
                """);
        assertEquals(List.of("conference_call 2023-03-10 planned [Emmanuel Macron, Justin Trudeau, Olaf Scholz]",
                "conference_call 2023-03-06 held [Emmanuel Macron, Justin Trudeau, Olaf Scholz]"), found.eventLines());
    }

    @Test
    void theTwoLeadersReferToThePairOfTheLatestEvent() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Xi Jinping und Narendra Modi haben am Montag miteinander telefoniert.
                Die beiden Staatschefs trafen sich bereits im Januar in Genf.
                """);
        assertEquals(List.of("phone_call 2023-03-06 held [Narendra Modi, Xi Jinping]",
                "summit 2023-01 held [Narendra Modi, Xi Jinping]"), found.eventLines());
        assertEquals("Genf", found.events().get(1).place().name());
    }

    @Test
    void eventNamedAfterAnAnchorTakesTheAnchorsDate() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Olaf Scholz und Xi Jinping haben am Mittwoch eine Videokonferenz abgehalten.
                Scholz werde nach dem Gespräch eine Telefonkonferenz mit Emmanuel Macron und Justin Trudeau abhalten.
                """);
        assertEquals(List.of("video_conference 2023-03-08 held [Olaf Scholz, Xi Jinping]",
                "conference_call 2023-03-08 planned [Emmanuel Macron, Justin Trudeau, Olaf Scholz]"),
                found.eventLines());
    }

    @Test
    void weekdayOfAPartialDateIsKeptForCrossDocumentMatching() {
        ExtractionFixture.Found found = run("2023-03", "Olaf Scholz und Xi Jinping haben am Dienstag telefoniert.");
        assertEquals(List.of("phone_call 2023-03 held [Olaf Scholz, Xi Jinping]"), found.eventLines());
        assertEquals(List.of(2), found.weekdays());
    }

    @Test
    void whoReportsIsNoParticipant() {
        ExtractionFixture.Found found = run("2023-03-09", """
                Olaf Scholz hat am Montag Narendra Modi in Berlin empfangen.
                Bei dem Treffen ging es um Handel, teilte Regierungssprecher Steffen Hebestreit mit.
                """);
        assertEquals(List.of("visit 2023-03-06 held [Narendra Modi, Olaf Scholz]"), found.eventLines());
        assertEquals("Berlin", found.events().get(0).place().name());
    }

    @Test
    void countriesTakePartOnlyWhenNoPersonIsNamed() {
        ExtractionFixture.Found found = run("2023-03-09",
                "Indien und China haben vereinbart, Verhandlungen über den Grenzverlauf am 20. März aufzunehmen.");
        assertEquals(List.of("negotiation 2023-03-20 planned [China, Indien]"), found.eventLines());
    }

    @Test
    void organisationFrameworkNamesTheParticipant() {
        ExtractionFixture.Found found = run("2023-03-09",
                "Für den 16. März sind Beratungen über die Lage im Rahmen der OSZE geplant.");
        assertEquals(List.of("consultation 2023-03-16 planned [OSZE]"), found.eventLines());
        assertNull(found.events().get(0).place());
    }
}
